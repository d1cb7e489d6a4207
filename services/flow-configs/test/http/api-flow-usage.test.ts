import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LocalContactFlowDirectory } from "#adapters/local-contact-flow-directory";
import { createApiHarness, type ApiHarness } from "../support/api-harness";
import { aConfig } from "../support/factories";
import { createFlowsDataDir, flowContent } from "../support/flow-files";

describe("which flows use a config (flow files in a temporary DATA_DIR)", () => {
  let api: ApiHarness;
  let dataDir: Awaited<ReturnType<typeof createFlowsDataDir>>;
  beforeAll(async () => {
    dataDir = await createFlowsDataDir();
    api = await createApiHarness({ flows: new LocalContactFlowDirectory([dataDir.flowsDir]) });
  });
  afterAll(async () => {
    await api.close();
    await dataDir.close();
  });
  beforeEach(async () => {
    for (const file of ["main.json", "offices.json", "broken.json", "typo.json"]) await dataDir.remove(file);
    await dataDir.write("main.json", flowContent("Main inbound", { id: "BasicQueue" }, ["Closure", "Welcome"]));
    await dataDir.write("offices.json", flowContent("Field offices", {}, ["OfficeName", "OfficeGreeting"]));
  });

  const usage = async (id: string, as: "admin" | "business" | "readOnly" | "readOnlyScopedToAustin" = "admin") => {
    const response = await api.request("GET", `/flow-configs/${id}/usage`, { as });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("lists the flows that read a config, what each reads and what the config lacks", async () => {
    await dataDir.write("typo.json", flowContent("Typo", { id: "BasicQueue" }, ["Welcom"]));
    const { status, body } = await usage("BasicQueue");
    expect(status).toBe(200);
    expect(body.flows).toEqual([
      { id: "offices.json", name: "Field offices", type: "CONTACT_FLOW", dynamic: true, reads: ["OfficeGreeting", "OfficeName"], undefinedReads: ["OfficeGreeting", "OfficeName"] },
      { id: "main.json", name: "Main inbound", type: "CONTACT_FLOW", dynamic: false, reads: ["Closure", "Welcome"], undefinedReads: [] },
      { id: "typo.json", name: "Typo", type: "CONTACT_FLOW", dynamic: false, reads: ["Welcom"], undefinedReads: ["Welcom"] },
    ]);
    expect(body.scannedAt).toEqual(expect.any(String));
    expect(body).not.toHaveProperty("errors");
  });

  it("lists a dialed-number flow under the office instances it may reach, reading the template's names", async () => {
    const { body } = await usage("Office-Austin");
    expect(body.flows).toEqual([expect.objectContaining({ name: "Field offices", dynamic: true, undefinedReads: [] })]);
  });

  it("reports a malformed flow file by name, never a 500", async () => {
    await dataDir.write("broken.json", "{ not json");
    const { status, body } = await usage("BasicQueue");
    expect(status).toBe(200);
    expect(body.errors).toEqual([{ id: "broken.json", name: "broken", message: expect.stringMatching(/^is not valid JSON/) }]);
  });

  it("answers every role in scope, and a config out of scope is a 404", async () => {
    for (const as of ["business", "readOnly"] as const) expect((await usage("BasicQueue", as)).status).toBe(200);
    expect((await usage("Office-Austin", "readOnlyScopedToAustin")).status).toBe(200);
    expect((await usage("BasicQueue", "readOnlyScopedToAustin")).status).toBe(404);
    expect((await api.request("GET", "/flow-configs/BasicQueue/usage", { as: "noGroup" })).status).toBe(403);
  });

  it("summarises a page of the list: flows naming each config, and flows reaching configs by lookup", async () => {
    const response = await api.request("GET", "/flow-configs/usage?ids=BasicQueue,bad-actors", { as: "readOnly" });
    expect(await response.json()).toMatchObject({ configs: [{ id: "BasicQueue", flows: 1 }, { id: "bad-actors", flows: 0 }], dynamicFlows: 1 });
    const missing = await api.request("GET", "/flow-configs/usage", { as: "readOnly" });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: "InvalidInput", issues: [{ path: "ids" }] });
  });

  it("refuses to delete a config a flow names by its id, naming the flow, unless forced", async () => {
    await api.store.create(aConfig({ id: "Doomed" }), { action: "create", by: "alex", at: "2026-12-01T10:00:00.000Z", changes: [] });
    await dataDir.write("typo.json", flowContent("Doomed line", { id: "Doomed" }, ["Welcome"]));
    const refused = await api.request("DELETE", "/flow-configs/Doomed", { as: "admin", ifMatch: 1 });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: "InUse", message: expect.stringContaining("Doomed line"), issues: [{ path: "Doomed line" }] });
    expect(await api.store.get("Doomed")).not.toBeNull();
    expect((await api.request("DELETE", "/flow-configs/Doomed?force=true", { as: "admin", ifMatch: 1 })).status).toBe(204);
  });

  it("refuses a shape that drops or renames a name a flow reads, naming flows and names, unless forced", async () => {
    const version = await api.versionOf("BasicQueue");
    const current = (await (await api.request("GET", "/flow-configs/BasicQueue", { as: "admin" })).json()) as ReturnType<typeof aConfig>;
    const renamed = { ...aConfig({ lookupKeys: current.lookupKeys }), prompts: [{ ...current.prompts[0], name: "WelcomeText" }, ...current.prompts.slice(1)] };
    const refused = await api.request("PUT", "/flow-configs/BasicQueue", { as: "admin", ifMatch: version, body: renamed });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: "InUse", issues: [{ path: "Main inbound", message: "reads Welcome" }] });
    expect(await api.versionOf("BasicQueue")).toBe(version);
    const forced = await api.request("PUT", "/flow-configs/BasicQueue?force=true", { as: "admin", ifMatch: version, body: renamed });
    expect(forced.status).toBe(200);
  });

  it("lets a shape change through when no flow reads what it drops", async () => {
    const version = await api.versionOf("FieldOffice");
    const template = (await (await api.request("GET", "/flow-configs/FieldOffice", { as: "admin" })).json()) as ReturnType<typeof aConfig>;
    const withoutClosure = { ...template, variables: template.variables.filter((variable) => variable.name !== "Closure") };
    const { version: _version, updatedAt: _at, updatedBy: _by, ...body } = withoutClosure as Record<string, unknown>;
    expect((await api.request("PUT", "/flow-configs/FieldOffice", { as: "admin", ifMatch: version, body })).status).toBe(200);
  });

  it("refuses a template shape that drops a name its instances' flows read", async () => {
    const version = await api.versionOf("FieldOffice");
    const template = (await (await api.request("GET", "/flow-configs/FieldOffice", { as: "admin" })).json()) as Record<string, unknown> & ReturnType<typeof aConfig>;
    const { version: _version, updatedAt: _at, updatedBy: _by, ...body } = { ...template, prompts: [] } as Record<string, unknown>;
    const refused = await api.request("PUT", "/flow-configs/FieldOffice", { as: "admin", ifMatch: version, body });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: "InUse", issues: [{ path: "Field offices", message: "reads OfficeGreeting" }] });
  });
});
