import type { ConfigSummary } from "@flow-configs/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ListQuery } from "../../src/ports/config-store";
import { aChangeRecord, aConfig, anInstance } from "../support/factories";
import { createTestTable } from "./config-table";

let table: Awaited<ReturnType<typeof createTestTable>>;

/** 25 offices (Office-01…Office-25) of the FieldOffice template, every fifth in the East; plus the template and two standalone configs. */
const officeIds = Array.from({ length: 25 }, (_, index) => `Office-${String(index + 1).padStart(2, "0")}`);
const allIds = ["BasicQueue", "FieldOffice", ...officeIds, "bad-actors"];

beforeAll(async () => {
  table = await createTestTable();
  const created = aChangeRecord();
  await table.store.create(aConfig({ id: "BasicQueue", description: "Main inbound queue", lookupKeys: ["+18005550100"] }), created);
  await table.store.create(aConfig({ id: "FieldOffice", description: "Template for field offices" }), created);
  await table.store.create(aConfig({ id: "bad-actors", description: "Numbers to block", variables: [], prompts: [] }), created);
  for (const [index, id] of officeIds.entries()) {
    const region = index % 5 === 0 ? "East" : "West";
    await table.store.create(anInstance({ id, description: `${region} field office`, lookupKeys: [`OFFICE${index + 1}`] }), created);
  }
  // A deleted config is not listed
  await table.store.create(aConfig({ id: "Office-Gone", description: "East field office" }), created);
  await table.store.remove("Office-Gone", 1, aChangeRecord({ action: "delete" }));
}, 120_000);
afterAll(() => table.close());

/** Every page of a query, following the cursors. */
async function allPages(query: Omit<ListQuery, "cursor">): Promise<ConfigSummary[][]> {
  const pages: ConfigSummary[][] = [];
  let cursor: string | undefined;
  do {
    const page = await table.store.list({ ...query, cursor });
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

const ids = (pages: ConfigSummary[][]) => pages.flat().map((summary) => summary.id);

describe("DynamoDbConfigStore: list", () => {
  it("pages through every live config in id order with a cursor, the last page without one", async () => {
    const pages = await allPages({ limit: 10, scope: null });

    expect(pages.map((page) => page.length)).toEqual([10, 10, 8]);
    expect(ids(pages)).toEqual([...allIds].sort());
  });

  it("ends exactly at a full last page without handing out a cursor to an empty page", async () => {
    const pages = await allPages({ limit: 14, scope: null });

    expect(pages.map((page) => page.length)).toEqual([14, 14]);
  });

  it("summarizes each config", async () => {
    const { items } = await table.store.list({ limit: 1, scope: null });

    expect(items).toEqual([
      {
        id: "BasicQueue",
        description: "Main inbound queue",
        templateId: null,
        lookupKeys: ["+18005550100"],
        variableCount: 2,
        promptCount: 2,
        version: 1,
        updatedAt: "2026-11-24T10:00:00.000Z",
        updatedBy: "alex",
      },
    ]);
  });

  it("filters by q on id and description, case-insensitively, and pages the filtered result", async () => {
    const pages = await allPages({ limit: 2, q: "EAST", scope: null });

    expect(ids(pages)).toEqual(["Office-01", "Office-06", "Office-11", "Office-16", "Office-21"]);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
  });

  it("matches q against ids and lookup keys too", async () => {
    expect(ids(await allPages({ limit: 10, q: "basicq", scope: null }))).toEqual(["BasicQueue"]);
    expect(ids(await allPages({ limit: 10, q: "+1800555", scope: null }))).toEqual(["BasicQueue"]);
  });

  it("lists only the configs in scope: named ids and instances of named templates", async () => {
    const scope = { ids: ["BasicQueue", "Office-07"], templates: [] };
    expect(ids(await allPages({ limit: 10, scope }))).toEqual(["BasicQueue", "Office-07"]);

    const templateScope = { ids: ["bad-actors"], templates: ["FieldOffice"] };
    const pages = await allPages({ limit: 10, scope: templateScope });
    expect(ids(pages)).toEqual([...officeIds, "bad-actors"]);
    expect(pages.map((page) => page.length)).toEqual([10, 10, 6]);
  });

  it("combines scope and q", async () => {
    const scope = { ids: ["Office-06", "Office-07", "BasicQueue"], templates: [] };

    expect(ids(await allPages({ limit: 10, q: "east", scope }))).toEqual(["Office-06"]);
  });

  it("lists nothing for an empty scope", async () => {
    expect(await table.store.list({ limit: 10, scope: { ids: [], templates: [] } })).toEqual({ items: [], nextCursor: null });
  });

  it("rejects a cursor it did not hand out as invalid input naming the cursor", async () => {
    for (const cursor of ["not-a-cursor", Buffer.from('{"PK":"x"}').toString("base64url")]) {
      await expect(table.store.list({ limit: 10, cursor, scope: null })).rejects.toMatchObject({
        code: "InvalidInput",
        issues: [{ path: "cursor", message: "is not a cursor returned by this API" }],
      });
    }
  });

  it("refuses a cursor handed out before SUMMARY items, which named a CURRENT item", async () => {
    const { nextCursor } = await table.store.list({ limit: 3, scope: null });
    const position = JSON.parse(Buffer.from(nextCursor ?? "", "base64url").toString("utf8")) as Record<string, string>;
    expect(position).toEqual({ GSI1PK: "CONFIG", GSI1SK: "Office-01", PK: "CONFIG#Office-01", SK: "SUMMARY" });

    for (const stale of [{ ...position, SK: "CURRENT" }, { ...position, PK: "CONFIG#Office-02" }]) {
      const cursor = Buffer.from(JSON.stringify(stale)).toString("base64url");
      await expect(table.store.list({ limit: 3, cursor, scope: null })).rejects.toMatchObject({
        code: "InvalidInput",
        issues: [{ path: "cursor", message: "is not a cursor returned by this API" }],
      });
    }
  });
});
