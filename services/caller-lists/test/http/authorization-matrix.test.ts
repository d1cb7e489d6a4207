import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Action } from "../../src/ports/authorizer";
import { ACTIONS } from "../../src/ports/authorizer";
import { createApiHarness, USERS, type ApiHarness, type UserName } from "../support/api-harness";
import { aList } from "../support/factories";

/** Who may take each action, as the policies in policies/ say. */
const ALLOWED: Record<Action, readonly UserName[]> = {
  ListLists: ["admin", "editor", "readOnly"],
  ReadList: ["admin", "editor", "readOnly"],
  ReadEntries: ["admin", "editor", "readOnly"],
  ExportEntries: ["admin", "editor", "readOnly"],
  AddEntries: ["admin", "editor"],
  RemoveEntries: ["admin", "editor"],
  ImportEntries: ["admin", "editor"],
  CreateList: ["admin"],
  DeleteList: ["admin"],
};

/** One request that takes the action, for a user; a list of its own where the action would change it. */
async function take(api: ApiHarness, action: Action, as: UserName): Promise<Response> {
  const own = `list-for-${as.toLowerCase()}`;
  switch (action) {
    case "ListLists":
      return api.request("GET", "/caller-lists", { as });
    case "CreateList":
      return api.request("POST", "/caller-lists", { as, body: { id: `created-by-${as.toLowerCase()}`, kind: "allow" } });
    case "ReadList":
      return api.request("GET", "/caller-lists/vip", { as });
    case "DeleteList":
      await api.store.createList(aList({ id: own }));
      return api.request("DELETE", `/caller-lists/${own}`, { as });
    case "ReadEntries":
      return api.request("GET", "/caller-lists/vip/entries", { as });
    case "ExportEntries":
      return api.request("GET", "/caller-lists/vip/entries.csv", { as });
    case "AddEntries":
      return api.request("POST", "/caller-lists/vip/entries", { as, body: { entries: [{ number: "+15125550100" }] } });
    case "RemoveEntries":
      return api.request("DELETE", "/caller-lists/vip/entries", { as, body: { numbers: ["+15125550100"] } });
    case "ImportEntries":
      return api.request("POST", "/caller-lists/vip/entries.csv?dryRun=true", { as, rawBody: "number\n+15125550100\n", contentType: "text/csv" });
  }
}

describe("who may do what to caller lists (roles × actions)", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await createApiHarness();
  });
  afterAll(() => api.close());

  const users = Object.keys(USERS) as UserName[];
  for (const action of ACTIONS) {
    for (const user of users) {
      const allowed = ALLOWED[action].includes(user);
      it(`${action}: ${user} is ${allowed ? "allowed" : "refused with 403"}`, async () => {
        const response = await take(api, action, user);
        if (allowed) expect(response.status, await response.clone().text()).toBeLessThan(300);
        else expect(response.status).toBe(403);
      });
    }
  }

  it("refuses a request without a token with 401 and says how to authenticate", async () => {
    const response = await api.app.request("/caller-lists");
    expect(response.status).toBe(401);
    expect(response.headers.get("WWW-Authenticate")).toBe("Bearer");
  });

  it("answers 403, not 404, for an unknown list to a user in no Caller Lists group", async () => {
    expect((await api.request("GET", "/caller-lists/no-such-list", { as: "noGroup" })).status).toBe(403);
    expect((await api.request("GET", "/caller-lists/no-such-list", { as: "readOnly" })).status).toBe(404);
  });
});
