import type { ExportDocument, FlowConfig, HistoryEntry } from "@flow-configs/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aConfig, aVariable, anInstance } from "../support/factories";
import { createApiHarness, type ApiHarness } from "../support/api-harness";

let api: ApiHarness;

beforeAll(async () => {
  api = await createApiHarness();
});
afterAll(() => api.close());

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;
const closureOf = (config: FlowConfig) => config.variables.find((variable) => variable.name === "Closure")?.value;

async function setClosure(id: string, value: string): Promise<FlowConfig> {
  const response = await api.request("PATCH", `/flow-configs/${id}/values`, {
    as: "business",
    ifMatch: await api.versionOf(id),
    body: { variables: [{ name: "Closure", value }] },
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return json<FlowConfig>(response);
}

describe("POST /flow-configs/{id}/clone", () => {
  it("makes a detached copy with the source's effective values and no lookup keys", async () => {
    const response = await api.request("POST", "/flow-configs/Office-Austin/clone", { as: "admin", body: { id: "Austin-Copy", linkTemplate: false } });
    expect(response.status, await response.clone().text()).toBe(201);
    expect(response.headers.get("Location")).toBe("/flow-configs/Austin-Copy");
    const copy = await json<FlowConfig>(response);
    expect(copy).toMatchObject({ id: "Austin-Copy", templateId: null, lookupKeys: [], version: 1 });
    expect(copy.variables.find((variable) => variable.name === "OfficeName")?.value).toBe("Austin");
  });

  it("links a clone of a template as a new instance that inherits everything", async () => {
    const response = await api.request("POST", "/flow-configs/FieldOffice/clone", { as: "admin", body: { id: "Office-Denver", linkTemplate: true } });
    expect(response.status).toBe(201);
    const denver = await json<FlowConfig>(response);
    expect(denver.templateId).toBe("FieldOffice");
    expect(denver.variables.every((variable) => variable.source === "inherited")).toBe(true);
  });

  it("refuses to clone onto an id that exists with 409", async () => {
    const response = await api.request("POST", "/flow-configs/BasicQueue/clone", { as: "admin", body: { id: "Office-Austin", linkTemplate: false } });
    expect(response.status).toBe(409);
    expect(await json<{ code: string; message: string }>(response)).toMatchObject({ code: "Conflict", message: expect.stringContaining("Office-Austin") });
  });

  it("refuses a clone request without a valid id, naming the field", async () => {
    const response = await api.request("POST", "/flow-configs/BasicQueue/clone", { as: "admin", body: { id: "no spaces" } });
    expect(response.status).toBe(400);
    expect(await json<{ issues: { path: string }[] }>(response)).toMatchObject({ issues: [{ path: "id" }] });
  });
});

describe("history versions and restore", () => {
  it("serves a version's snapshot for a side-by-side compare", async () => {
    const before = await json<FlowConfig>(await api.request("GET", "/flow-configs/BasicQueue", { as: "admin" }));
    await setClosure("BasicQueue", closureOf(before) === "true" ? "false" : "true");
    const response = await api.request("GET", `/flow-configs/BasicQueue/history/${before.version}`, { as: "readOnly" });
    expect(response.status).toBe(200);
    const old = await json<FlowConfig>(response);
    expect(old.version).toBe(before.version);
    expect(closureOf(old)).toBe(closureOf(before));
  });

  it("shows an instance's old version on its template as it was then, not as it is now", async () => {
    const template = aConfig({ id: "Kiosk", variables: [aVariable({ name: "Hours", type: "string", value: "9-5", description: undefined })], prompts: [] });
    expect((await api.request("POST", "/flow-configs", { as: "admin", body: template })).status).toBe(201);
    const instance = anInstance({ id: "Kiosk-1", templateId: "Kiosk", variables: [], prompts: [], lookupKeys: [] });
    expect((await api.request("POST", "/flow-configs", { as: "admin", body: instance })).status).toBe(201);
    const hoursOf = (config: FlowConfig) => config.variables.find((variable) => variable.name === "Hours")?.value;
    const patchHours = async (id: string, value: string) => {
      const response = await api.request("PATCH", `/flow-configs/${id}/values`, { as: "admin", ifMatch: await api.versionOf(id), body: { variables: [{ name: "Hours", value }] } });
      expect(response.status, await response.clone().text()).toBe(200);
    };
    await patchHours("Kiosk", "8-6");
    await patchHours("Kiosk-1", "10-4");

    const first = await json<FlowConfig>(await api.request("GET", "/flow-configs/Kiosk-1/history/1", { as: "admin" }));
    const second = await json<FlowConfig>(await api.request("GET", "/flow-configs/Kiosk-1/history/2", { as: "admin" }));
    expect(hoursOf(first)).toBe("9-5");
    expect(first.variables.find((variable) => variable.name === "Hours")?.source).toBe("inherited");
    expect(hoursOf(second)).toBe("10-4");
  });

  it("answers a version that does not exist with 404 naming it", async () => {
    const response = await api.request("GET", "/flow-configs/BasicQueue/history/999", { as: "admin" });
    expect(response.status).toBe(404);
    expect((await json<{ message: string }>(response)).message).toContain("version 999");
  });

  it("restores version n as a new version with its own history entry", async () => {
    const original = await json<FlowConfig>(await api.request("GET", "/flow-configs/BasicQueue", { as: "admin" }));
    const changed = await setClosure("BasicQueue", closureOf(original) === "true" ? "false" : "true");

    const response = await api.request("POST", "/flow-configs/BasicQueue/restore", { as: "admin", ifMatch: changed.version, body: { version: original.version } });
    expect(response.status, await response.clone().text()).toBe(200);
    const restored = await json<FlowConfig>(response);
    expect(restored.version).toBe(changed.version + 1);
    expect(closureOf(restored)).toBe(closureOf(original));

    const history = await json<{ items: HistoryEntry[] }>(await api.request("GET", "/flow-configs/BasicQueue/history", { as: "admin" }));
    expect(history.items[0]).toMatchObject({
      version: restored.version,
      action: "restore",
      restoredFrom: original.version,
      updatedBy: "alex",
      changes: [expect.objectContaining({ entry: "variable", name: "Closure", before: closureOf(changed), after: closureOf(original) })],
    });
  });

  it("refuses to restore a version that does not exist with 404 naming it, writing nothing", async () => {
    const version = await api.versionOf("BasicQueue");
    const response = await api.request("POST", "/flow-configs/BasicQueue/restore", { as: "admin", body: { version: 4242 } });
    expect(response.status).toBe(404);
    expect((await json<{ message: string }>(response)).message).toContain("version 4242");
    expect(await api.versionOf("BasicQueue")).toBe(version);
  });

  it("re-creates a deleted config from its history", async () => {
    await api.store.create(aConfig({ id: "Doomed", lookupKeys: ["+18005550177"] }), { action: "create", by: "setup", at: new Date().toISOString(), changes: [] });
    expect((await api.request("DELETE", "/flow-configs/Doomed", { as: "admin", ifMatch: 1 })).status).toBe(204);
    expect((await api.request("GET", "/flow-configs/Doomed", { as: "admin" })).status).toBe(404);

    const response = await api.request("POST", "/flow-configs/Doomed/restore", { as: "admin", body: { version: 1 } });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await json<FlowConfig>(response)).toMatchObject({ id: "Doomed", version: 3, lookupKeys: ["+18005550177"] });
    expect(await api.store.findIdByLookupKey("+18005550177")).toBe("Doomed");
  });

  it("refuses to restore the version that deleted a config", async () => {
    const response = await api.request("POST", "/flow-configs/Doomed/restore", { as: "admin", body: { version: 2 } });
    expect(response.status).toBe(404);
    expect((await json<{ message: string }>(response)).message).toContain("deletion");
  });

  it("refuses a stale If-Match on restore with 412", async () => {
    const response = await api.request("POST", "/flow-configs/BasicQueue/restore", { as: "admin", ifMatch: 1, body: { version: 1 } });
    expect(response.status).toBe(412);
  });

  it("lets only admins restore", async () => {
    const response = await api.request("POST", "/flow-configs/BasicQueue/restore", { as: "business", body: { version: 1 } });
    expect(response.status).toBe(403);
  });
});

describe("JSON export and import", () => {
  it("exports the configs asked for as a versioned document, templates first", async () => {
    const response = await api.request("GET", "/flow-configs/export?ids=Office-Austin,FieldOffice", { as: "admin" });
    expect(response.status).toBe(200);
    const document = await json<ExportDocument>(response);
    expect(document).toMatchObject({ format: "flow-configs", formatVersion: 1 });
    expect(document.configs.map((config) => config.id)).toEqual(["FieldOffice", "Office-Austin"]);
    expect(document.configs[1]).not.toHaveProperty("version");
  });

  it("exports every config when no ids are given", async () => {
    const document = await json<ExportDocument>(await api.request("GET", "/flow-configs/export", { as: "admin" }));
    expect(document.configs.map((config) => config.id)).toEqual(expect.arrayContaining(["BasicQueue", "FieldOffice", "Office-Austin", "Office-Boston", "bad-actors"]));
  });

  it("answers an export of an unknown id with 404 naming it", async () => {
    const response = await api.request("GET", "/flow-configs/export?ids=BasicQueue,NoSuchConfig", { as: "admin" });
    expect(response.status).toBe(404);
    expect((await json<{ message: string }>(response)).message).toContain("NoSuchConfig");
  });

  it("dry-runs an import: create, update, unchanged and invalid rows, nothing written", async () => {
    const document = await json<ExportDocument>(await api.request("GET", "/flow-configs/export?ids=BasicQueue,Office-Boston", { as: "admin" }));
    const boston = { ...document.configs[1]!, description: "Boston, renamed" };
    const candidate = {
      ...document,
      configs: [document.configs[0], boston, aConfig({ id: "Imported-Queue" }), anInstance({ id: "Office-Nowhere", templateId: "NoTemplate", lookupKeys: [] })],
    };
    const versions = [await api.versionOf("BasicQueue"), await api.versionOf("Office-Boston")];
    const response = await api.request("POST", "/flow-configs/import?mode=dry-run", { as: "admin", body: candidate });
    expect(response.status, await response.clone().text()).toBe(200);
    const { rows } = await json<{ rows: { id: string; action: string; issues: { path: string }[] }[] }>(response);
    expect(rows.map((row) => [row.id, row.action])).toEqual([
      ["BasicQueue", "unchanged"],
      ["Office-Boston", "update"],
      ["Imported-Queue", "create"],
      ["Office-Nowhere", "invalid"],
    ]);
    expect(rows[3]!.issues).toEqual([expect.objectContaining({ path: "configs[3].templateId" })]);
    expect(rows[0]).not.toHaveProperty("input");
    expect([await api.versionOf("BasicQueue"), await api.versionOf("Office-Boston")]).toEqual(versions);
    expect(await api.store.get("Imported-Queue")).toBeNull();
  });

  it("applies an import row by row, skipping invalid rows", async () => {
    const candidate = {
      format: "flow-configs",
      formatVersion: 1,
      exportedAt: new Date().toISOString(),
      configs: [aConfig({ id: "Applied-Queue" }), aConfig({ id: "Taken-Key", lookupKeys: ["+18005550100"] }), { id: "broken" }],
    };
    const response = await api.request("POST", "/flow-configs/import?mode=apply", { as: "admin", body: candidate });
    expect(response.status).toBe(200);
    const { rows } = await json<{ rows: { id: string; action: string; issues: { path: string; message: string }[] }[] }>(response);
    expect(rows.map((row) => row.action)).toEqual(["create", "invalid", "invalid"]);
    expect(rows[1]!.issues).toEqual([{ path: "configs[1].lookupKeys[0]", message: expect.stringContaining("BasicQueue") }]);
    expect(await api.store.get("Applied-Queue")).toMatchObject({ id: "Applied-Queue", version: 1 });
    expect(await api.store.get("Taken-Key")).toBeNull();
  });

  it("refuses a malformed document with 400 listing each problem with its JSON path, writing nothing", async () => {
    const response = await api.request("POST", "/flow-configs/import?mode=apply", {
      as: "admin",
      body: { format: "something-else", formatVersion: 2, configs: "not a list" },
    });
    expect(response.status).toBe(400);
    const body = await json<{ code: string; issues: { path: string }[] }>(response);
    expect(body.code).toBe("InvalidInput");
    expect(body.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["format", "formatVersion", "exportedAt", "configs"]));
  });

  it("refuses an unknown import mode", async () => {
    const response = await api.request("POST", "/flow-configs/import?mode=yolo", { as: "admin", body: { format: "flow-configs" } });
    expect(response.status).toBe(400);
  });
});

describe("list configs: entries", () => {
  it("adds numbers normalised to E.164, with notes", async () => {
    const response = await api.request("POST", "/flow-configs/bad-actors/entries", {
      as: "business",
      ifMatch: await api.versionOf("bad-actors"),
      body: { entries: [{ name: "(512) 555-0142", note: "threatening calls" }, { name: "+44 20 7946 0958" }] },
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const list = await json<FlowConfig>(response);
    expect(list.variables).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "+15125550142", type: "list-entry", note: "threatening calls" }),
        expect.objectContaining({ name: "+442079460958", type: "list-entry" }),
      ]),
    );
  });

  it("refuses invalid and duplicate numbers with 400 naming each, adding none", async () => {
    const version = await api.versionOf("bad-actors");
    const response = await api.request("POST", "/flow-configs/bad-actors/entries", {
      as: "business",
      ifMatch: version,
      body: { entries: [{ name: "+15555550123" }, { name: "call me" }, { name: "555-555-0123" }, { name: "+15555550101" }] },
    });
    expect(response.status).toBe(400);
    const body = await json<{ issues: { path: string; message: string }[] }>(response);
    expect(body.issues).toEqual([
      { path: "entries[1].name", message: expect.stringContaining("not a phone number") },
      { path: "entries[2].name", message: expect.stringContaining("entries[0]") },
      { path: "entries[3].name", message: expect.stringContaining("already on bad-actors") },
    ]);
    expect(await api.versionOf("bad-actors")).toBe(version);
  });

  it("reads numbers by the one phone-number rule: (617) 555 0177 is taken, 555-0100 refused for its missing area code", async () => {
    const version = await api.versionOf("bad-actors");
    const refused = await api.request("POST", "/flow-configs/bad-actors/entries", { as: "business", ifMatch: version, body: { entries: [{ name: "(617) 555 0177" }, { name: "555-0100" }] } });
    expect(refused.status).toBe(400);
    expect((await json<{ issues: unknown[] }>(refused)).issues).toEqual([{ path: "entries[1].name", message: expect.stringContaining("no area code") }]);
    const added = await api.request("POST", "/flow-configs/bad-actors/entries", { as: "business", ifMatch: version, body: { entries: [{ name: "(617) 555 0177" }] } });
    expect((await json<FlowConfig>(added)).variables.map((variable) => variable.name)).toContain("+16175550177");
  });

  it("removes entries by name", async () => {
    const response = await api.request("DELETE", "/flow-configs/bad-actors/entries", {
      as: "business",
      ifMatch: await api.versionOf("bad-actors"),
      body: { names: ["+442079460958"] },
    });
    expect(response.status).toBe(200);
    expect((await json<FlowConfig>(response)).variables.map((variable) => variable.name)).not.toContain("+442079460958");
  });

  it("refuses to remove a name that is not on the list", async () => {
    const response = await api.request("DELETE", "/flow-configs/bad-actors/entries", {
      as: "admin",
      ifMatch: await api.versionOf("bad-actors"),
      body: { names: ["+19995550000"] },
    });
    expect(response.status).toBe(400);
    expect(await json<{ issues: { path: string }[] }>(response)).toMatchObject({ issues: [{ path: "names[0]" }] });
  });

  it("needs If-Match", async () => {
    const response = await api.request("POST", "/flow-configs/bad-actors/entries", { as: "business", body: { entries: [{ name: "+15555550111" }] } });
    expect(response.status).toBe(428);
  });

  it("refuses entries on a config that is not a list, even for an admin", async () => {
    const response = await api.request("POST", "/flow-configs/BasicQueue/entries", {
      as: "admin",
      ifMatch: await api.versionOf("BasicQueue"),
      body: { entries: [{ name: "+15555550111" }] },
    });
    expect(response.status).toBe(400);
    expect((await json<{ message: string }>(response)).message).toContain("not a list config");
  });

  it("keeps an emptied list a list, so it can be filled again", async () => {
    await api.store.create(aConfig({ id: "vip-callers", kind: "list", variables: [{ name: "+15555550300", type: "list-entry", value: "" }], prompts: [] }), {
      action: "create",
      by: "setup",
      at: new Date().toISOString(),
      changes: [],
    });
    const emptied = await api.request("DELETE", "/flow-configs/vip-callers/entries", { as: "business", ifMatch: 1, body: { names: ["+15555550300"] } });
    expect(emptied.status).toBe(200);
    const refilled = await api.request("POST", "/flow-configs/vip-callers/entries", { as: "business", ifMatch: 2, body: { entries: [{ name: "+15555550301" }] } });
    expect(refilled.status, await refilled.clone().text()).toBe(200);
  });
});
