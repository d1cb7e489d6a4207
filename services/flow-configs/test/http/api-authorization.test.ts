import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aConfig } from "../support/factories";
import { createApiHarness, type ApiHarness, type UserName } from "../support/api-harness";

let api: ApiHarness;
let temporaryConfigs = 0;

beforeAll(async () => {
  api = await createApiHarness();
});
afterAll(() => api.close());

/** A config made for one case, so a delete or replace never disturbs another case. */
async function temporaryConfig(): Promise<string> {
  temporaryConfigs += 1;
  const id = `Temp-${temporaryConfigs}`;
  await api.store.create(aConfig({ id }), { action: "create", by: "setup", at: new Date().toISOString(), changes: [] });
  return id;
}

/** A value patch that always changes something: flips Closure. */
async function flipClosure(id: string) {
  const config = await (await api.request("GET", `/flow-configs/${id}`, { as: "admin" })).json();
  const closure = (config as { variables: { name: string; value: string }[] }).variables.find((v) => v.name === "Closure");
  return { variables: [{ name: "Closure", value: closure?.value === "true" ? "false" : "true" }] };
}

type Operation = (user: UserName) => Promise<Response>;

const operations: Record<string, Operation> = {
  "GET /flow-configs": (user) => api.request("GET", "/flow-configs", { as: user }),
  "GET BasicQueue": (user) => api.request("GET", "/flow-configs/BasicQueue", { as: user }),
  "GET Office-Austin": (user) => api.request("GET", "/flow-configs/Office-Austin", { as: user }),
  "POST a new config": async (user) => {
    temporaryConfigs += 1;
    return api.request("POST", "/flow-configs", { as: user, body: aConfig({ id: `New-${temporaryConfigs}` }) });
  },
  "PUT BasicQueue": async (user) => {
    const version = await api.versionOf("BasicQueue");
    return api.request("PUT", "/flow-configs/BasicQueue", {
      as: user,
      ifMatch: version,
      body: aConfig({ description: `replaced by ${user}`, lookupKeys: ["+18005550100"] }),
    });
  },
  "PATCH BasicQueue values": async (user) =>
    api.request("PATCH", "/flow-configs/BasicQueue/values", { as: user, ifMatch: await api.versionOf("BasicQueue"), body: await flipClosure("BasicQueue") }),
  "PATCH Office-Austin values": async (user) =>
    api.request("PATCH", "/flow-configs/Office-Austin/values", {
      as: user,
      ifMatch: await api.versionOf("Office-Austin"),
      body: await flipClosure("Office-Austin"),
    }),
  "PATCH bad-actors values": async (user) =>
    api.request("PATCH", "/flow-configs/bad-actors/values", {
      as: user,
      ifMatch: await api.versionOf("bad-actors"),
      body: { variables: [{ name: "+15555550101", value: "", note: `checked by ${user}` }] },
    }),
  "DELETE a config": async (user) => {
    const id = await temporaryConfig();
    return api.request("DELETE", `/flow-configs/${id}`, { as: user, ifMatch: 1 });
  },
  "GET BasicQueue history": (user) => api.request("GET", "/flow-configs/BasicQueue/history", { as: user }),
  "GET Office-Austin preview": (user) => api.request("GET", "/flow-configs/Office-Austin/preview?lang=es-US&channel=CHAT", { as: user }),
  "GET Office-Austin history/1": (user) => api.request("GET", "/flow-configs/Office-Austin/history/1", { as: user }),
  "POST clone BasicQueue": async (user) => {
    temporaryConfigs += 1;
    return api.request("POST", "/flow-configs/BasicQueue/clone", { as: user, body: { id: `Clone-${temporaryConfigs}`, linkTemplate: false } });
  },
  "POST restore Office-Austin": (user) => api.request("POST", "/flow-configs/Office-Austin/restore", { as: user, body: { version: 1 } }),
  "GET export": (user) => api.request("GET", "/flow-configs/export?ids=BasicQueue", { as: user }),
  "POST import (dry run)": async (user) => {
    const document = { format: "flow-configs", formatVersion: 1, exportedAt: new Date().toISOString(), configs: [aConfig({ id: "Imported" })] };
    return api.request("POST", "/flow-configs/import?mode=dry-run", { as: user, body: document });
  },
  "POST bad-actors entries": async (user) => {
    temporaryConfigs += 1;
    const number = `+1555555${String(temporaryConfigs).padStart(4, "0")}`;
    return api.request("POST", "/flow-configs/bad-actors/entries", { as: user, ifMatch: await api.versionOf("bad-actors"), body: { entries: [{ name: number }] } });
  },
  "DELETE bad-actors entries": async (user) => {
    const list = await api.store.get("bad-actors");
    const last = list?.variables.at(-1)?.name ?? "+15555550101";
    return api.request("DELETE", "/flow-configs/bad-actors/entries", { as: user, ifMatch: await api.versionOf("bad-actors"), body: { names: [last] } });
  },
  "POST Office-Austin entries": async (user) =>
    api.request("POST", "/flow-configs/Office-Austin/entries", { as: user, ifMatch: await api.versionOf("Office-Austin"), body: { entries: [{ name: "+15555550999" }] } }),
  "PUT Office-Austin lookup-keys": async (user) =>
    api.request("PUT", "/flow-configs/Office-Austin/lookup-keys", { as: user, ifMatch: await api.versionOf("Office-Austin"), body: { lookupKeys: ["+15125550100", "AUS"] } }),
  "GET FieldOffice instances.csv": (user) => api.request("GET", "/flow-configs/FieldOffice/instances.csv", { as: user }),
  "POST FieldOffice instances.csv (dry run)": (user) =>
    api.request("POST", "/flow-configs/FieldOffice/instances.csv?mode=dry-run", { as: user, rawBody: "id,description\nOffice-New,New office\n", headers: { "Content-Type": "text/csv" } }),
};

type Row = [operation: keyof typeof operations, expected: Record<UserName, number>];

// prettier-ignore
const matrix: Row[] = [
  ["GET /flow-configs",          { admin: 200, business: 200, readOnly: 200, businessScopedToAustin: 200, businessScopedToFieldOffice: 200, readOnlyScopedToAustin: 200, noGroup: 403 }],
  ["GET BasicQueue",             { admin: 200, business: 200, readOnly: 200, businessScopedToAustin: 404, businessScopedToFieldOffice: 404, readOnlyScopedToAustin: 404, noGroup: 403 }],
  ["GET Office-Austin",          { admin: 200, business: 200, readOnly: 200, businessScopedToAustin: 200, businessScopedToFieldOffice: 200, readOnlyScopedToAustin: 200, noGroup: 403 }],
  ["POST a new config",          { admin: 201, business: 403, readOnly: 403, businessScopedToAustin: 403, businessScopedToFieldOffice: 403, readOnlyScopedToAustin: 403, noGroup: 403 }],
  ["PUT BasicQueue",             { admin: 200, business: 403, readOnly: 403, businessScopedToAustin: 404, businessScopedToFieldOffice: 404, readOnlyScopedToAustin: 404, noGroup: 403 }],
  ["PATCH BasicQueue values",    { admin: 200, business: 200, readOnly: 403, businessScopedToAustin: 404, businessScopedToFieldOffice: 404, readOnlyScopedToAustin: 404, noGroup: 403 }],
  ["PATCH Office-Austin values", { admin: 200, business: 200, readOnly: 403, businessScopedToAustin: 200, businessScopedToFieldOffice: 200, readOnlyScopedToAustin: 403, noGroup: 403 }],
  ["PATCH bad-actors values",    { admin: 200, business: 200, readOnly: 403, businessScopedToAustin: 404, businessScopedToFieldOffice: 404, readOnlyScopedToAustin: 404, noGroup: 403 }],
  ["DELETE a config",            { admin: 204, business: 403, readOnly: 403, businessScopedToAustin: 404, businessScopedToFieldOffice: 404, readOnlyScopedToAustin: 404, noGroup: 403 }],
  ["GET BasicQueue history",     { admin: 200, business: 200, readOnly: 200, businessScopedToAustin: 404, businessScopedToFieldOffice: 404, readOnlyScopedToAustin: 404, noGroup: 403 }],
  ["GET Office-Austin preview",  { admin: 200, business: 200, readOnly: 200, businessScopedToAustin: 200, businessScopedToFieldOffice: 200, readOnlyScopedToAustin: 200, noGroup: 403 }],
  ["GET Office-Austin history/1", { admin: 200, business: 200, readOnly: 200, businessScopedToAustin: 200, businessScopedToFieldOffice: 200, readOnlyScopedToAustin: 200, noGroup: 403 }],
  ["POST clone BasicQueue",      { admin: 201, business: 403, readOnly: 403, businessScopedToAustin: 404, businessScopedToFieldOffice: 404, readOnlyScopedToAustin: 404, noGroup: 403 }],
  ["POST restore Office-Austin", { admin: 200, business: 403, readOnly: 403, businessScopedToAustin: 403, businessScopedToFieldOffice: 403, readOnlyScopedToAustin: 403, noGroup: 403 }],
  ["GET export",                 { admin: 200, business: 403, readOnly: 403, businessScopedToAustin: 403, businessScopedToFieldOffice: 403, readOnlyScopedToAustin: 403, noGroup: 403 }],
  ["POST import (dry run)",      { admin: 200, business: 403, readOnly: 403, businessScopedToAustin: 403, businessScopedToFieldOffice: 403, readOnlyScopedToAustin: 403, noGroup: 403 }],
  ["POST bad-actors entries",    { admin: 200, business: 200, readOnly: 403, businessScopedToAustin: 404, businessScopedToFieldOffice: 404, readOnlyScopedToAustin: 404, noGroup: 403 }],
  ["DELETE bad-actors entries",  { admin: 200, business: 200, readOnly: 403, businessScopedToAustin: 404, businessScopedToFieldOffice: 404, readOnlyScopedToAustin: 404, noGroup: 403 }],
  ["POST Office-Austin entries", { admin: 400, business: 403, readOnly: 403, businessScopedToAustin: 403, businessScopedToFieldOffice: 403, readOnlyScopedToAustin: 403, noGroup: 403 }],
  ["PUT Office-Austin lookup-keys", { admin: 200, business: 403, readOnly: 403, businessScopedToAustin: 403, businessScopedToFieldOffice: 403, readOnlyScopedToAustin: 403, noGroup: 403 }],
  ["GET FieldOffice instances.csv", { admin: 200, business: 403, readOnly: 403, businessScopedToAustin: 403, businessScopedToFieldOffice: 403, readOnlyScopedToAustin: 403, noGroup: 403 }],
  ["POST FieldOffice instances.csv (dry run)", { admin: 200, business: 403, readOnly: 403, businessScopedToAustin: 403, businessScopedToFieldOffice: 403, readOnlyScopedToAustin: 403, noGroup: 403 }],
];

const cases = matrix.flatMap(([operation, expected]) =>
  (Object.keys(expected) as UserName[]).map((user) => ({ operation, user, status: expected[user] })),
);

describe("REST API role × action matrix (real tokens, Cedar policies, DynamoDB Local)", () => {
  it.each(cases)("$operation as $user → $status", async ({ operation, user, status }) => {
    const response = await operations[operation]!(user);
    expect(response.status, await response.clone().text()).toBe(status);
    if (status >= 400) {
      const body = (await response.json()) as { code: string; message: string };
      expect(body.code).toBe({ 400: "InvalidInput", 403: "Forbidden", 404: "NotFound" }[status]);
      expect(body.message).toBeTruthy();
    }
  });

  it("lists only the configs in a scoped user's scope", async () => {
    const ids = async (user: UserName) =>
      ((await (await api.request("GET", "/flow-configs", { as: user })).json()) as { items: { id: string }[] }).items.map((item) => item.id);
    expect(await ids("businessScopedToAustin")).toEqual(["Office-Austin"]);
    expect(await ids("businessScopedToFieldOffice")).toEqual(["Office-Austin", "Office-Boston"]);
    expect(await ids("business")).toEqual(expect.arrayContaining(["BasicQueue", "FieldOffice", "Office-Austin", "Office-Boston", "bad-actors"]));
  });

  it("does not reveal whether an out-of-scope config exists", async () => {
    const outOfScope = await api.request("GET", "/flow-configs/BasicQueue", { as: "businessScopedToAustin" });
    const missing = await api.request("GET", "/flow-configs/NoSuchConfig", { as: "businessScopedToAustin" });
    expect(outOfScope.status).toBe(404);
    expect(missing.status).toBe(404);
  });

  it("refuses a user in no group even for a config that does not exist", async () => {
    expect((await api.request("GET", "/flow-configs/NoSuchConfig", { as: "noGroup" })).status).toBe(403);
  });
});
