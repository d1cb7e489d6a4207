import type { HistoryPage } from "@flow-configs/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aChangeRecord, aConfig } from "../support/factories";
import { createApiHarness, type ApiHarness } from "../support/api-harness";

let api: ApiHarness;

beforeAll(async () => {
  api = await createApiHarness({ seed: false });
  await api.store.create(aConfig({ id: "Long-Lived" }), aChangeRecord({ action: "create" }));
  for (let version = 1; version < 7; version += 1) {
    await api.store.update("Long-Lived", version, aConfig({ id: "Long-Lived", description: `v${version + 1}` }), aChangeRecord({ action: "replace" }));
  }
});
afterAll(() => api.close());

async function historyPage(query: string, id = "Long-Lived"): Promise<HistoryPage> {
  const response = await api.request("GET", `/flow-configs/${id}/history${query}`, { as: "readOnly" });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as HistoryPage;
}

const versions = (page: HistoryPage) => page.items.map((entry) => entry.version);

describe("history is paged, newest first", () => {
  it("pages through every version with limit and nextCursor, then says there is no more", async () => {
    const first = await historyPage("?limit=3");
    expect(versions(first)).toEqual([7, 6, 5]);
    const second = await historyPage(`?limit=3&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect(versions(second)).toEqual([4, 3, 2]);
    const last = await historyPage(`?limit=3&cursor=${encodeURIComponent(second.nextCursor!)}`);
    expect(versions(last)).toEqual([1]);
    expect(last.nextCursor).toBeNull();
  });

  it("gives no cursor when a page holds the last version exactly", async () => {
    const page = await historyPage("?limit=7");
    expect(versions(page)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(page.nextCursor).toBeNull();
  });

  it("answers with a page of 20 when no limit is given", async () => {
    for (let version = 7; version < 25; version += 1) {
      await api.store.update("Long-Lived", version, aConfig({ id: "Long-Lived", description: `v${version + 1}` }), aChangeRecord({ action: "replace" }));
    }
    const page = await historyPage("");
    expect(versions(page)).toEqual(Array.from({ length: 20 }, (_, index) => 25 - index));
    expect(versions(await historyPage(`?cursor=${encodeURIComponent(page.nextCursor!)}`))).toEqual([5, 4, 3, 2, 1]);
  });

  it("pages a deleted config's history too", async () => {
    await api.store.create(aConfig({ id: "Gone" }), aChangeRecord({ action: "create" }));
    await api.store.remove("Gone", 1, aChangeRecord({ action: "delete" }));
    const first = await historyPage("?limit=1", "Gone");
    expect(first.items.map((entry) => entry.action)).toEqual(["delete"]);
    expect((await historyPage(`?limit=1&cursor=${encodeURIComponent(first.nextCursor!)}`, "Gone")).items.map((entry) => entry.action)).toEqual(["create"]);
  });

  it.each([
    ["?limit=0", "limit"],
    ["?limit=101", "limit"],
    ["?cursor=forged", "cursor"],
  ])("refuses %s naming %s", async (query, path) => {
    const response = await api.request("GET", `/flow-configs/Long-Lived/history${query}`, { as: "readOnly" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues: { path: string }[] }).issues.map((issue) => issue.path)).toEqual([path]);
  });
});
