import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aChangeRecord, aConfig, anInstance } from "../support/factories";
import { aFieldOfficeTemplate } from "../support/seed-configs";
import { createTestTable } from "./config-table";

let table: Awaited<ReturnType<typeof createTestTable>>;

beforeAll(async () => {
  table = await createTestTable();
  await table.store.create(aFieldOfficeTemplate(), aChangeRecord());
  await table.store.create(aFieldOfficeTemplate({ id: "OtherTemplate" }), aChangeRecord());
  for (const id of ["Office-C", "Office-A", "Office-B"]) await table.store.create(anInstance({ id, lookupKeys: [`${id}-KEY`] }), aChangeRecord());
  await table.store.create(anInstance({ id: "Other-1", templateId: "OtherTemplate", lookupKeys: [] }), aChangeRecord());
  await table.store.create(anInstance({ id: "Office-Gone", lookupKeys: [] }), aChangeRecord());
  await table.store.remove("Office-Gone", 1, aChangeRecord({ action: "delete" }));
});
afterAll(() => table.close());

describe("DynamoDbConfigStore: a template's instances (GSI2)", () => {
  it("counts and lists a template's live instances in id order", async () => {
    expect(await table.store.countInstances("FieldOffice")).toBe(3);
    expect((await table.store.listInstances("FieldOffice")).map((config) => config.id)).toEqual(["Office-A", "Office-B", "Office-C"]);
    expect(await table.store.countInstances("BasicQueue")).toBe(0);
  });

  it("pages a template's instances with their own cursor", async () => {
    const first = await table.store.list({ limit: 2, templateId: "FieldOffice", scope: null });
    expect(first.items.map((item) => item.id)).toEqual(["Office-A", "Office-B"]);
    const second = await table.store.list({ limit: 2, templateId: "FieldOffice", scope: null, cursor: first.nextCursor ?? undefined });
    expect(second).toEqual({ items: [expect.objectContaining({ id: "Office-C" })], nextCursor: null });
  });

  it("drops an instance from the index when it is relinked as a standalone config", async () => {
    const relinked = await table.store.create(anInstance({ id: "Office-D", lookupKeys: [] }), aChangeRecord());
    await table.store.update("Office-D", relinked.version, aConfig({ id: "Office-D" }), aChangeRecord({ action: "replace" }));
    expect((await table.store.listInstances("FieldOffice")).map((config) => config.id)).not.toContain("Office-D");
  });
});

describe("DynamoDbConfigStore: batched reads", () => {
  it("reads many configs at once, leaving out missing and deleted ones", async () => {
    const found = await table.store.getMany(["Office-A", "Office-Gone", "Nope", "Office-A"]);
    expect([...found.keys()]).toEqual(["Office-A"]);
  });

  it("reads many more than one batch of lookup keys", async () => {
    const keys = [...Array.from({ length: 150 }, (_, index) => `NOKEY${index}`), "Office-B-KEY"];
    expect(await table.store.findIdsByLookupKeys(keys)).toEqual(new Map([["Office-B-KEY", "Office-B"]]));
  });
});
