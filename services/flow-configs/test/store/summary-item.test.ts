import { configSummary, type ConfigSummary } from "@flow-configs/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CedarAuthorizer } from "../../src/authz/cedar-authorizer";
import { restoreConfig } from "../../src/domain/restore-config";
import type { Principal } from "../../src/ports/authorizer";
import { aChangeRecord, aConfig, anInstance, aVariable } from "../support/factories";
import { createTestTable } from "./config-table";

let table: Awaited<ReturnType<typeof createTestTable>>;
beforeAll(async () => {
  table = await createTestTable();
});
afterAll(() => table.close());

const ADMIN: Principal = { username: "alex", groups: ["FlowConfigsAdmin"], scope: null };
const replaced = aChangeRecord({ action: "replace", by: "morgan", at: "2026-11-24T11:00:00.000Z" });

/** The rows a search for `q` finds, every page. */
async function search(q: string, templateId?: string): Promise<ConfigSummary[]> {
  const rows: ConfigSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await table.store.list({ limit: 100, q, scope: null, cursor, ...(templateId ? { templateId } : {}) });
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

/** The config's SUMMARY item says what its CURRENT item holds, and the list shows exactly that row. */
async function expectSummaryInStep(id: string): Promise<void> {
  const stored = await table.store.get(id);
  if (!stored) throw new Error(`${id} is not stored`);
  expect(await search(id.toLowerCase())).toContainEqual(configSummary(stored));
  const summary = await table.rawItem(`CONFIG#${id}`, "SUMMARY");
  expect(summary).toMatchObject({ GSI1PK: "CONFIG", GSI1SK: id, id, templateId: stored.templateId });
  expect(JSON.parse(String(summary?.row))).toEqual(configSummary(stored));
  if (stored.templateId === null) expect(summary).not.toHaveProperty("GSI2PK");
  else expect(summary).toMatchObject({ GSI2PK: `TEMPLATE#${stored.templateId}`, GSI2SK: id });
}

describe("DynamoDbConfigStore: the SUMMARY item (list and search index)", () => {
  it("writes a small SUMMARY item with the index keys on create, and none on the CURRENT item", async () => {
    await table.store.create(aConfig({ id: "Summary-Create", lookupKeys: ["+18005550111"] }), aChangeRecord());

    await expectSummaryInStep("Summary-Create");
    const current = await table.rawItem("CONFIG#Summary-Create", "CURRENT");
    for (const indexAttribute of ["GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK", "search"]) expect(current).not.toHaveProperty(indexAttribute);
    expect(await table.rawItem("CONFIG#Summary-Create", "SUMMARY")).toMatchObject({ search: "summary-create main inbound queue +18005550111" });
  });

  it("follows an update of the description, the lookup keys and the values", async () => {
    await table.store.create(aConfig({ id: "Summary-Update", description: "Before", lookupKeys: ["OLDKEY1"] }), aChangeRecord());
    await table.store.update(
      "Summary-Update",
      1,
      aConfig({ id: "Summary-Update", description: "After the change", lookupKeys: ["NEWKEY1", "NEWKEY2"], variables: [aVariable({ value: "true" })] }),
      replaced,
    );

    await expectSummaryInStep("Summary-Update");
    expect((await search("after the change")).map((row) => row.id)).toEqual(["Summary-Update"]);
    expect((await search("newkey2")).map((row) => row.id)).toEqual(["Summary-Update"]);
    expect(await search("before")).toEqual([]);
    expect(await search("oldkey1")).toEqual([]);
    expect((await search("summary-update"))[0]).toMatchObject({ version: 2, variableCount: 1, updatedBy: "morgan" });
  });

  it("moves an instance between the template index and the standalone list as its templateId changes", async () => {
    await table.store.create(anInstance({ id: "Summary-Relink", lookupKeys: [] }), aChangeRecord());
    expect((await search("summary-relink", "FieldOffice")).map((row) => row.id)).toEqual(["Summary-Relink"]);
    await expectSummaryInStep("Summary-Relink");

    await table.store.update("Summary-Relink", 1, aConfig({ id: "Summary-Relink" }), replaced);
    expect(await search("summary-relink", "FieldOffice")).toEqual([]);
    await expectSummaryInStep("Summary-Relink");
  });

  it("follows a restore of an earlier version", async () => {
    await table.store.create(aConfig({ id: "Summary-Restore", description: "First words", lookupKeys: ["RESTOREKEY"] }), aChangeRecord());
    await table.store.update("Summary-Restore", 1, aConfig({ id: "Summary-Restore", description: "Second words" }), replaced);
    const deps = { store: table.store, authorizer: new CedarAuthorizer("us-east-1_Test"), now: () => new Date("2026-11-24T12:00:00.000Z") };

    await restoreConfig(deps, ADMIN, "Summary-Restore", 2, { version: 1 });

    await expectSummaryInStep("Summary-Restore");
    expect((await search("restorekey"))[0]).toMatchObject({ id: "Summary-Restore", description: "First words", version: 3, updatedBy: "alex" });
    expect(await search("second words")).toEqual([]);
  });

  it("removes the SUMMARY item on delete and writes a new one when the id is created again", async () => {
    await table.store.create(anInstance({ id: "Summary-Again", description: "Old office", lookupKeys: ["AGAINKEY"] }), aChangeRecord());
    await table.store.remove("Summary-Again", 1, aChangeRecord({ action: "delete" }));

    expect(await table.rawItem("CONFIG#Summary-Again", "SUMMARY")).toBeUndefined();
    expect(await search("summary-again")).toEqual([]);
    expect(await search("againkey")).toEqual([]);
    expect(await search("summary-again", "FieldOffice")).toEqual([]);
    expect(await table.store.countInstances("FieldOffice")).toBe(0);

    await table.store.create(aConfig({ id: "Summary-Again", description: "New queue" }), aChangeRecord());
    await expectSummaryInStep("Summary-Again");
    expect((await search("summary-again"))[0]).toMatchObject({ description: "New queue", version: 3, templateId: null });
  });

  it("ends concurrent updates with the SUMMARY item of the one that won", async () => {
    await table.store.create(aConfig({ id: "Summary-Race" }), aChangeRecord());

    const attempts = await Promise.allSettled(
      Array.from({ length: 10 }, (_, writer) =>
        table.store.update("Summary-Race", 1, aConfig({ id: "Summary-Race", description: `writer ${writer}`, lookupKeys: [`RACE${writer}`] }), replaced),
      ),
    );

    const winners = attempts.flatMap((attempt) => (attempt.status === "fulfilled" ? [attempt.value] : []));
    expect(winners).toHaveLength(1);
    await expectSummaryInStep("Summary-Race");
    expect((await search("summary-race"))[0]).toMatchObject({ description: winners[0]?.description, lookupKeys: winners[0]?.lookupKeys });
    expect(await search("writer")).toHaveLength(1);
  });

  it("keeps the SUMMARY item of a write that landed between another write's read and its transaction", async () => {
    await table.store.create(aConfig({ id: "Summary-Interleaved" }), aChangeRecord());
    const racing = table.storeWithInterleavedWrite(() =>
      table.store.update("Summary-Interleaved", 1, aConfig({ id: "Summary-Interleaved", description: "the winner" }), replaced),
    );

    await expect(
      racing.update("Summary-Interleaved", 1, aConfig({ id: "Summary-Interleaved", description: "the loser" }), replaced),
    ).rejects.toMatchObject({ code: "VersionConflict" });

    await expectSummaryInStep("Summary-Interleaved");
    expect((await search("summary-interleaved"))[0]).toMatchObject({ description: "the winner", version: 2 });
  });
});
