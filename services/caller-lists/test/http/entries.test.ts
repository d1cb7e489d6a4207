import type { EntriesPage, EntriesReport, ImportReport, RemoveEntriesReport } from "@flow-configs/model/caller-lists";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, type ApiHarness } from "../support/api-harness";
import { aList, anEntry, dateInDays, NOW, numbers } from "../support/factories";

const hoursFromNow = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();

describe("a caller list's entries over the REST API", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await createApiHarness();
  });
  afterAll(() => api.close());

  it("adds 1000 entries in one call, reports the bad line and keeps the good ones", async () => {
    await api.store.createList(aList({ id: "thousand" }));
    const entries: { number: string }[] = numbers(1000).map((number) => ({ number }));
    entries[499] = { number: "555-CALL-NOW" };
    const response = await api.request("POST", "/caller-lists/thousand/entries", { as: "editor", body: { entries } });
    expect(response.status).toBe(200);
    const report = (await response.json()) as EntriesReport;
    expect(report).toMatchObject({ saved: 999, rejected: 1 });
    expect(report.outcomes.filter((outcome) => outcome.status !== "saved")).toEqual([
      { line: 500, status: "invalid", message: expect.stringContaining("555-CALL-NOW") },
    ]);
    const all = (await (await api.request("GET", "/caller-lists/thousand/entries?limit=1000")).json()) as EntriesPage;
    expect(all.items).toHaveLength(999);
    expect(all.items[0]).toMatchObject({ number: "+15125550000", addedBy: "morgan", addedAt: NOW.toISOString() });
  });

  it("reads numbers by the one phone-number rule and says how: (617) 555 0177 is taken, 555-0100 has no area code", async () => {
    await api.store.createList(aList({ id: "one-rule" }));
    const response = await api.request("POST", "/caller-lists/one-rule/entries", { as: "editor", body: { entries: [{ number: "(617) 555 0177" }, { number: "555-0100" }] } });
    expect(((await response.json()) as EntriesReport).outcomes).toEqual([
      { line: 1, number: "+16175550177", status: "saved", message: "read as +1 617 555 0177 (North America, from national format)" },
      { line: 2, status: "invalid", message: expect.stringContaining("no area code") },
    ]);
  });

  it("refuses more than 1000 entries in one call, naming the field", async () => {
    const entries = numbers(1001).map((number) => ({ number }));
    const response = await api.request("POST", "/caller-lists/vip/entries", { body: { entries } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "InvalidInput", issues: [{ path: "entries" }] });
  });

  it("finds entries by number prefix, with a Query, page by page", async () => {
    await api.store.createList(aList({ id: "prefixes" }));
    await api.store.putEntries("prefixes", [...numbers(30), "+442071234567", "+15135550100"].map((number) => anEntry(number)));
    const first = (await (await api.request("GET", "/caller-lists/prefixes/entries?q=1%20(512)&limit=20")).json()) as EntriesPage;
    expect(first.items).toHaveLength(20);
    expect(first.items.every((entry) => entry.number.startsWith("+1512"))).toBe(true);
    const second = (await (await api.request("GET", `/caller-lists/prefixes/entries?q=%2B1512&limit=20&cursor=${first.nextCursor}`)).json()) as EntriesPage;
    expect(second.items).toHaveLength(10);
    expect(second.nextCursor).toBeUndefined();
    const london = (await (await api.request("GET", "/caller-lists/prefixes/entries?q=0044")).json()) as EntriesPage;
    expect(london.items.map((entry) => entry.number)).toEqual(["+442071234567"]);
  });

  it("refuses a search that is not the start of a number", async () => {
    const response = await api.request("GET", "/caller-lists/vip/entries?q=abc");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ issues: [{ path: "q" }] });
  });

  it("takes an expired entry off the list at expiresAt, before TTL deletes it", async () => {
    await api.store.createList(aList({ id: "expiring" }));
    const entries = [
      { number: "+15125550100", reason: "one day only", expiresAt: hoursFromNow(1) },
      { number: "+15125550101" },
    ];
    await api.request("POST", "/caller-lists/expiring/entries", { body: { entries } });
    const before = (await (await api.request("GET", "/caller-lists/expiring/entries")).json()) as EntriesPage;
    expect(before.items.map((entry) => [entry.number, entry.expiresAt])).toEqual([
      ["+15125550100", hoursFromNow(1)],
      ["+15125550101", undefined],
    ]);
    api.clock.now = new Date(NOW.getTime() + 2 * 3_600_000);
    try {
      const after = (await (await api.request("GET", "/caller-lists/expiring/entries")).json()) as EntriesPage;
      expect(after.items.map((entry) => entry.number)).toEqual(["+15125550101"]);
    } finally {
      api.clock.now = NOW;
    }
  });

  it("removes numbers in any notation, and reports the ones that are not numbers", async () => {
    await api.store.createList(aList({ id: "removals" }));
    await api.store.putEntries("removals", numbers(3).map((number) => anEntry(number)));
    const response = await api.request("DELETE", "/caller-lists/removals/entries", { as: "editor", body: { numbers: ["(512) 555-0000", "nope"] } });
    expect(await response.json()).toEqual({ removed: ["+15125550000"], invalid: [{ number: "nope", message: expect.any(String) }] } satisfies RemoveEntriesReport);
    const left = (await (await api.request("GET", "/caller-lists/removals/entries")).json()) as EntriesPage;
    expect(left.items.map((entry) => entry.number)).toEqual(["+15125550001", "+15125550002"]);
  });

  it("answers 404 for the entries of an unknown list", async () => {
    const response = await api.request("POST", "/caller-lists/no-such-list/entries", { body: { entries: [{ number: "+15125550100" }] } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: "NotFound", message: "caller list no-such-list does not exist" });
  });

  it("imports a CSV: the dry run writes nothing, the apply stores the good rows and reports the rest", async () => {
    await api.store.createList(aList({ id: "imported" }));
    const expiry = dateInDays(60);
    const csv = `number,reason,expiresAt\n+15125550100,fraud,\nnot-a-number,spam,\n+15125550101,,${expiry}\n`;
    const post = (dryRun: boolean) =>
      api.request("POST", `/caller-lists/imported/entries.csv?dryRun=${dryRun}`, { as: "editor", rawBody: csv, contentType: "text/csv" });
    const dry = (await (await post(true)).json()) as ImportReport;
    expect(dry).toEqual({ dryRun: true, valid: 2, rejected: 1, rejects: [{ line: 3, status: "invalid", message: expect.stringContaining("not-a-number") }] });
    expect(((await (await api.request("GET", "/caller-lists/imported/entries")).json()) as EntriesPage).items).toEqual([]);
    expect(await (await post(false)).json()).toMatchObject({ dryRun: false, valid: 2, rejected: 1 });
    const exported = await (await api.request("GET", "/caller-lists/imported/entries.csv", { as: "readOnly" })).text();
    expect(exported.split("\r\n")).toEqual([
      "number,reason,note,expiresAt,addedBy,addedAt",
      `+15125550100,fraud,,,morgan,${NOW.toISOString()}`,
      `+15125550101,,,${expiry}T00:00:00.000Z,morgan,${NOW.toISOString()}`,
      "",
    ]);
  });

  it("creates a list with its kind, refuses a taken id, and deletes a list with its entries", async () => {
    const created = await api.request("POST", "/caller-lists", { body: { id: "repeat-callers", kind: "allow", description: "Known good" } });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ id: "repeat-callers", kind: "allow", description: "Known good", createdBy: "alex", createdAt: NOW.toISOString() });
    expect((await api.request("POST", "/caller-lists", { body: { id: "repeat-callers", kind: "vip" } })).status).toBe(409);
    await api.store.putEntries("repeat-callers", numbers(60).map((number) => anEntry(number)));
    expect((await api.request("DELETE", "/caller-lists/repeat-callers")).status).toBe(204);
    expect((await api.request("GET", "/caller-lists/repeat-callers")).status).toBe(404);
    expect(await api.store.getEntry("repeat-callers", numbers(1)[0]!)).toBeUndefined();
  });

  it("refuses a list with a bad id or kind, naming each field", async () => {
    const response = await api.request("POST", "/caller-lists", { body: { id: "Bad Id", kind: "grey" } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { issues: { path: string }[] };
    expect(body.issues.map((issue) => issue.path).sort()).toEqual(["id", "kind"]);
  });

  it("describes every route in /caller-lists/openapi.json", async () => {
    const document = (await (await api.app.request("/caller-lists/openapi.json")).json()) as { paths: Record<string, object> };
    expect(Object.keys(document.paths).sort()).toEqual([
      "/caller-lists",
      "/caller-lists/{listId}",
      "/caller-lists/{listId}/entries",
      "/caller-lists/{listId}/entries.csv",
    ]);
  });
});
