import type { ConfigPage, FlowConfig, HistoryPage } from "@flow-configs/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, type ApiHarness, type UserName } from "../support/api-harness";

let api: ApiHarness;

beforeAll(async () => {
  api = await createApiHarness();
});
afterAll(() => api.close());

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;
const listAs = async (user: UserName, query: string) => json<ConfigPage>(await api.request("GET", `/flow-configs?${query}`, { as: user }));
const putKeys = async (id: string, lookupKeys: unknown, options: { as?: UserName; ifMatch?: number } = {}) =>
  api.request("PUT", `/flow-configs/${id}/lookup-keys`, { as: options.as ?? "admin", ifMatch: options.ifMatch ?? (await api.versionOf(id)), body: { lookupKeys } });

describe("a template's offices in the list", () => {
  it("says how many instances the template has beside the page of them", async () => {
    const page = await listAs("admin", "templateId=FieldOffice&limit=1");
    expect(page.items.map((item) => item.id)).toEqual(["Office-Austin"]);
    expect(page.nextCursor).not.toBeNull();
    expect(page.instanceCount).toBe(2);
  });

  it("counts every instance whatever the search narrows the page to", async () => {
    const page = await listAs("admin", "templateId=FieldOffice&q=bos");
    expect(page.items.map((item) => item.id)).toEqual(["Office-Boston"]);
    expect(page.instanceCount).toBe(2);
  });

  it("gives each office's override count and lookup keys in its row", async () => {
    const page = await listAs("admin", "templateId=FieldOffice");
    expect(page.items.map(({ id, variableCount, promptCount, lookupKeys }) => ({ id, overrides: variableCount + promptCount, lookupKeys }))).toEqual([
      { id: "Office-Austin", overrides: 1, lookupKeys: ["+15125550100", "AUS"] },
      { id: "Office-Boston", overrides: 0, lookupKeys: ["+16175550100", "BOS"] },
    ]);
  });

  it("counts only the instances in a scoped user's scope", async () => {
    expect((await listAs("businessScopedToAustin", "templateId=FieldOffice")).instanceCount).toBe(1);
    expect((await listAs("businessScopedToFieldOffice", "templateId=FieldOffice")).instanceCount).toBe(2);
  });

  it("sends no count on a listing without a template", async () => {
    expect(await listAs("admin", "limit=5")).not.toHaveProperty("instanceCount");
  });
});

describe("PUT /flow-configs/{id}/lookup-keys", () => {
  it("replaces an office's lookup keys and keeps its overrides", async () => {
    const response = await putKeys("Office-Austin", ["+15125550100", "AUS", "ATX"]);
    expect(response.status, await response.clone().text()).toBe(200);
    const austin = await json<FlowConfig>(response);
    expect(austin.lookupKeys).toEqual(["+15125550100", "AUS", "ATX"]);
    expect(response.headers.get("ETag")).toBe(`"${austin.version}"`);
    expect(austin.variables.find((variable) => variable.name === "OfficeName")).toMatchObject({ value: "Austin", source: "overridden" });
    expect(await api.store.findIdByLookupKey("ATX")).toBe("Office-Austin");
  });

  it("records the change in the history like any replace", async () => {
    const history = await json<HistoryPage>(await api.request("GET", "/flow-configs/Office-Austin/history", { as: "admin" }));
    expect(history.items[0]?.changes).toEqual(expect.arrayContaining([expect.objectContaining({ entry: "config", name: "lookupKeys" })]));
  });

  it("frees a removed key for another config", async () => {
    expect((await putKeys("Office-Austin", ["AUS"])).status).toBe(200);
    expect(await api.store.findIdByLookupKey("ATX")).toBeNull();
  });

  it("refuses a key another config owns with 409 naming the owner, and changes nothing", async () => {
    const before = await api.versionOf("Office-Austin");
    const response = await putKeys("Office-Austin", ["AUS", "BOS"]);
    expect(response.status).toBe(409);
    expect((await json<{ message: string }>(response)).message).toContain("Office-Boston");
    expect(await api.versionOf("Office-Austin")).toBe(before);
  });

  it("refuses a malformed key with 400 naming it", async () => {
    const response = await putKeys("Office-Austin", ["AUS", "not a key"]);
    expect(response.status).toBe(400);
    expect((await json<{ issues: { path: string }[] }>(response)).issues.map((issue) => issue.path)).toEqual(["lookupKeys[1]"]);
  });

  it("answers a stale If-Match with 412 and the config as it now is", async () => {
    const response = await putKeys("Office-Austin", ["AUS"], { ifMatch: 1 });
    expect(response.status).toBe(412);
  });

  it("needs If-Match", async () => {
    const response = await api.request("PUT", "/flow-configs/Office-Austin/lookup-keys", { as: "admin", body: { lookupKeys: ["AUS"] } });
    expect(response.status).toBe(428);
  });

  it("is an admin's change: a business user gets 403", async () => {
    expect((await putKeys("Office-Austin", ["AUS"], { as: "business" })).status).toBe(403);
  });

  it("hides a config outside a scoped user's scope with 404", async () => {
    expect((await putKeys("Office-Boston", ["BOS"], { as: "businessScopedToAustin" })).status).toBe(404);
  });
});
