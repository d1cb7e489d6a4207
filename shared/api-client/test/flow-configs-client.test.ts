import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ApiError, NetworkError, createFlowConfigsClient, serverConfigOf } from "../src";
import type { FlowConfigsClient } from "../src";
import { aConfig, aSummary } from "./factories";
import { startTestServer } from "./http-server";
import type { TestServer } from "./http-server";

let server: TestServer;
let client: FlowConfigsClient;
let token = "token-1";

beforeEach(async () => {
  server = await startTestServer();
  client = createFlowConfigsClient({ baseUrl: `${server.url}/`, getIdToken: async () => token });
});

afterEach(async () => {
  await server.close();
});

function lastRequest() {
  const request = server.requests.at(-1);
  if (!request) throw new Error("the server received no request");
  return request;
}

describe("reading", () => {
  it("lists a page with limit, cursor and q in the query and the ID token as bearer", async () => {
    server.reply({ status: 200, body: { items: [aSummary({ id: "Office-Austin" })], nextCursor: "c2" } });

    const page = await client.list({ limit: 50, cursor: "c1", q: "Office" });

    expect(page.items.map((item) => item.id)).toEqual(["Office-Austin"]);
    expect(page.nextCursor).toBe("c2");
    expect(lastRequest().method).toBe("GET");
    expect(lastRequest().url).toBe("/flow-configs?limit=50&cursor=c1&q=Office");
    expect(lastRequest().headers.authorization).toBe("Bearer token-1");
  });

  it("leaves out empty list parameters", async () => {
    server.reply({ status: 200, body: { items: [], nextCursor: null } });

    await client.list({ cursor: null, q: "" });

    expect(lastRequest().url).toBe("/flow-configs");
  });

  it("asks for a fresh token on every request", async () => {
    server.reply({ status: 200, body: { items: [], nextCursor: null } });
    await client.list();
    token = "token-2";
    await client.list();

    expect(server.requests.map((request) => request.headers.authorization)).toEqual(["Bearer token-1", "Bearer token-2"]);
    token = "token-1";
  });

  it("gets a config with the ETag the API sent", async () => {
    server.reply({ status: 200, body: aConfig({ version: 7 }), headers: { ETag: '"7"' } });

    const { config, etag } = await client.get("BasicQueue");

    expect(config.variables[0]?.name).toBe("Closure");
    expect(etag).toBe('"7"');
    expect(lastRequest().url).toBe("/flow-configs/BasicQueue");
  });

  it("derives the ETag from the version when the header is not readable", async () => {
    server.reply({ status: 200, body: aConfig({ version: 4 }) });

    expect((await client.get("BasicQueue")).etag).toBe('"4"');
  });

  it("reads the history entries", async () => {
    const entry = { version: 2, action: "update-values", updatedAt: "2026-11-24T10:00:00.000Z", updatedBy: "morgan", changes: [{ kind: "changed", entry: "variable", name: "Closure", field: "value", before: "false", after: "true" }] };
    server.reply({ status: 200, body: { items: [entry], nextCursor: null } });

    const history = await client.history("BasicQueue");

    expect(history.items).toEqual([entry]);
    expect(lastRequest().url).toBe("/flow-configs/BasicQueue/history");
  });

  it("asks for the page of older versions with the cursor the last page gave", async () => {
    server.reply({ status: 200, body: { items: [], nextCursor: "older" } });

    const page = await client.history("BasicQueue", { limit: 20, cursor: "djIx" });

    expect(page.nextCursor).toBe("older");
    expect(lastRequest().url).toBe("/flow-configs/BasicQueue/history?limit=20&cursor=djIx");
  });

  it("previews a language and channel", async () => {
    server.reply({ status: 200, body: { lang: "es-US", channel: "CHAT", values: { Closure: "false" }, bytes: 17, fallbacks: [] } });

    const preview = await client.preview("BasicQueue", { lang: "es-US", channel: "CHAT" });

    expect(preview.values).toEqual({ Closure: "false" });
    expect(lastRequest().url).toBe("/flow-configs/BasicQueue/preview?lang=es-US&channel=CHAT");
  });

  it("lists the instances of one template", async () => {
    server.reply({ status: 200, body: { items: [aSummary({ id: "Office-Austin", templateId: "FieldOffice" })], nextCursor: null } });

    await client.list({ templateId: "FieldOffice" });

    expect(lastRequest().url).toBe("/flow-configs?templateId=FieldOffice");
  });

  it("reads one version of a config's history", async () => {
    server.reply({ status: 200, body: aConfig({ version: 2 }) });

    const config = await client.historyVersion("BasicQueue", 2);

    expect(config.version).toBe(2);
    expect(lastRequest().url).toBe("/flow-configs/BasicQueue/history/2");
  });

  it("exports the named configs, or all of them without ids", async () => {
    const document = { format: "flow-configs", formatVersion: 1, exportedAt: "2026-11-24T10:00:00.000Z", configs: [] };
    server.reply({ status: 200, body: document });
    expect(await client.exportConfigs(["BasicQueue", "bad-actors"])).toEqual(document);
    expect(lastRequest().url).toBe("/flow-configs/export?ids=BasicQueue%2Cbad-actors");

    await client.exportConfigs();
    expect(lastRequest().url).toBe("/flow-configs/export");
  });

  it("sends an import document for a dry run and reads its rows", async () => {
    const rows = [{ index: 0, id: "BasicQueue", action: "invalid", issues: [{ path: "configs[0].languages", message: "must list at least one language" }] }];
    server.reply({ status: 200, body: { rows } });
    const document = { format: "flow-configs", formatVersion: 1, configs: [{ id: "BasicQueue" }] };

    const report = await client.importConfigs(document, "dry-run");

    expect(report.rows).toEqual(rows);
    expect(lastRequest()).toMatchObject({ method: "POST", url: "/flow-configs/import?mode=dry-run", body: document });
  });

  it("downloads a template's offices as CSV text", async () => {
    server.reply({ status: 200, body: "id,description,lookupKeys\nOffice-Austin,,AUS\n", headers: { "Content-Type": "text/csv" } });

    const csv = await client.exportOfficesCsv("FieldOffice");

    expect(csv).toBe("id,description,lookupKeys\nOffice-Austin,,AUS\n");
    expect(lastRequest().url).toBe("/flow-configs/FieldOffice/instances.csv");
    expect(lastRequest().headers.accept).toBe("text/csv");
  });

  it("posts offices CSV as text/csv and reads one row per line", async () => {
    const rows = [{ line: 2, id: "Office-Austin", action: "error", reasons: ["lookup key AUS belongs to Office-Boston"], changes: [], stale: false }];
    server.reply({ status: 200, body: { rows } });
    const csv = "id,lookupKeys\nOffice-Austin,AUS\n";

    const report = await client.importOfficesCsv("FieldOffice", csv, "apply");

    expect(report.rows).toEqual(rows);
    expect(lastRequest()).toMatchObject({ method: "POST", url: "/flow-configs/FieldOffice/instances.csv?mode=apply", body: csv });
    expect(lastRequest().headers["content-type"]).toBe("text/csv");
  });

  it("names the stale offices an apply may overwrite", async () => {
    server.reply({ status: 200, body: { rows: [] } });

    await client.importOfficesCsv("FieldOffice", "id\n", "apply", { confirmStale: ["Office-Austin", "Office-Boston"] });

    expect(lastRequest().url).toBe("/flow-configs/FieldOffice/instances.csv?mode=apply&confirmStale=Office-Austin%2COffice-Boston");
  });

  it("refuses a response that does not match the model's schema", async () => {
    server.reply({ status: 200, body: { id: "BasicQueue" } });

    await expect(client.get("BasicQueue")).rejects.toMatchObject({ name: "ApiError", code: "InvalidResponse" });
  });
});

describe("writing", () => {
  it("creates a config with a JSON body", async () => {
    const created = aConfig({ id: "NewQueue", version: 1 });
    server.reply({ status: 201, body: created, headers: { ETag: '"1"' } });
    const { version: _version, updatedAt: _at, updatedBy: _by, ...input } = created;

    const result = await client.create(input);

    expect(result).toEqual({ config: created, etag: '"1"' });
    expect(lastRequest()).toMatchObject({ method: "POST", url: "/flow-configs", body: input });
    expect(lastRequest().headers["content-type"]).toBe("application/json");
  });

  it("patches values with If-Match, quoting a bare version", async () => {
    server.reply({ status: 200, body: aConfig({ version: 4 }), headers: { ETag: '"4"' } });
    const patch = { variables: [{ name: "Closure", value: "true" }], prompts: [] };

    await client.patchValues("BasicQueue", patch, { ifMatch: 3 });

    expect(lastRequest()).toMatchObject({ method: "PATCH", url: "/flow-configs/BasicQueue/values", body: patch });
    expect(lastRequest().headers["if-match"]).toBe('"3"');
  });

  it("replaces a config with the ETag as read", async () => {
    server.reply({ status: 200, body: aConfig({ version: 4 }) });
    const { version: _version, updatedAt: _at, updatedBy: _by, ...input } = aConfig();

    await client.replace("BasicQueue", input, { ifMatch: '"3"' });

    expect(lastRequest()).toMatchObject({ method: "PUT", url: "/flow-configs/BasicQueue" });
    expect(lastRequest().headers["if-match"]).toBe('"3"');
  });

  it("deletes with If-Match and accepts an empty 204", async () => {
    server.reply({ status: 204 });

    await expect(client.remove("BasicQueue", { ifMatch: 3 })).resolves.toBeUndefined();
    expect(lastRequest()).toMatchObject({ method: "DELETE", url: "/flow-configs/BasicQueue" });
    expect(lastRequest().headers["if-match"]).toBe('"3"');
  });

  it("replaces lookup keys with If-Match and answers the new version", async () => {
    server.reply({ status: 200, body: aConfig({ id: "Office-Austin", version: 5, lookupKeys: ["AUS", "ATX"] }), headers: { ETag: '"5"' } });

    const saved = await client.replaceLookupKeys("Office-Austin", ["AUS", "ATX"], { ifMatch: 4 });
    expect(lastRequest()).toMatchObject({ method: "PUT", url: "/flow-configs/Office-Austin/lookup-keys", body: { lookupKeys: ["AUS", "ATX"] } });
    expect(lastRequest().headers["if-match"]).toBe('"4"');
    expect(saved).toMatchObject({ etag: '"5"', config: { lookupKeys: ["AUS", "ATX"] } });
  });

  it("clones and restores through their routes", async () => {
    server.reply({ status: 201, body: aConfig({ id: "Office-Denver", version: 1 }) });
    await client.clone("Office-Austin", { id: "Office-Denver", linkTemplate: true });
    expect(lastRequest()).toMatchObject({ method: "POST", url: "/flow-configs/Office-Austin/clone", body: { id: "Office-Denver", linkTemplate: true } });

    server.reply({ status: 200, body: aConfig({ version: 9 }) });
    await client.restore("BasicQueue", 2, { ifMatch: 8 });
    expect(lastRequest()).toMatchObject({ method: "POST", url: "/flow-configs/BasicQueue/restore", body: { version: 2 } });
    expect(lastRequest().headers["if-match"]).toBe('"8"');
  });

  it("restores a deleted config without If-Match", async () => {
    server.reply({ status: 200, body: aConfig({ version: 6 }) });

    await client.restore("BasicQueue", 4);

    expect(lastRequest()).toMatchObject({ method: "POST", url: "/flow-configs/BasicQueue/restore", body: { version: 4 } });
    expect(lastRequest().headers["if-match"]).toBeUndefined();
  });

  it("adds list entries with notes and removes them by name, both with If-Match", async () => {
    server.reply({ status: 200, body: aConfig({ id: "bad-actors", version: 3 }) });
    await client.addListEntries("bad-actors", [{ name: "+15555550123", note: "repeat caller" }], { ifMatch: 2 });
    expect(lastRequest()).toMatchObject({ method: "POST", url: "/flow-configs/bad-actors/entries", body: { entries: [{ name: "+15555550123", note: "repeat caller" }] } });
    expect(lastRequest().headers["if-match"]).toBe('"2"');

    server.reply({ status: 200, body: aConfig({ id: "bad-actors", version: 4 }) });
    const { config } = await client.removeListEntries("bad-actors", ["+15555550123"], { ifMatch: 3 });
    expect(lastRequest()).toMatchObject({ method: "DELETE", url: "/flow-configs/bad-actors/entries", body: { names: ["+15555550123"] } });
    expect(lastRequest().headers["if-match"]).toBe('"3"');
    expect(config.version).toBe(4);
  });

  it("sends a reset of overrides in the values patch", async () => {
    server.reply({ status: 200, body: aConfig({ version: 5 }) });

    await client.patchValues("Office-Austin", { variables: [], prompts: [], reset: ["Welcome"] }, { ifMatch: 4 });

    expect(lastRequest().body).toEqual({ variables: [], prompts: [], reset: ["Welcome"] });
  });

  it("encodes ids in the path", async () => {
    server.reply({ status: 200, body: aConfig() });

    await client.get("a b");

    expect(lastRequest().url).toBe("/flow-configs/a%20b");
  });
});

describe("errors", () => {
  it("throws an ApiError with the status, code, message and issues of a 400", async () => {
    const issues = [{ path: "variables[0].value", message: "must be true or false" }];
    server.reply({ status: 400, body: { code: "InvalidInput", message: "variables[0].value: must be true or false", issues } });

    const error = await client.patchValues("BasicQueue", { variables: [{ name: "Closure", value: "yes" }], prompts: [] }, { ifMatch: 1 }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: "InvalidInput", message: "variables[0].value: must be true or false", issues });
  });

  it("keeps the server's current config from a 412 body", async () => {
    const current = aConfig({ version: 5, variables: [{ name: "Closure", type: "boolean", value: "true" }] });
    server.reply({ status: 412, body: { code: "VersionConflict", message: "BasicQueue is at version 5", current } });

    const error = await client.patchValues("BasicQueue", { variables: [], prompts: [] }, { ifMatch: 3 }).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ status: 412, code: "VersionConflict" });
    expect(serverConfigOf(error as ApiError)).toEqual(current);
  });

  it("has no server config when a 412 body does not carry one", async () => {
    server.reply({ status: 412, body: { code: "VersionConflict", message: "stale" } });

    const error = (await client.remove("BasicQueue", { ifMatch: 1 }).catch((caught: unknown) => caught)) as ApiError;

    expect(error.status).toBe(412);
    expect(serverConfigOf(error)).toBeNull();
  });

  it("has no server config for errors other than 412", async () => {
    server.reply({ status: 403, body: { code: "Forbidden", message: "not allowed" } });

    const error = (await client.get("BasicQueue").catch((caught: unknown) => caught)) as ApiError;

    expect(error.status).toBe(403);
    expect(serverConfigOf(error)).toBeNull();
  });

  it("makes an ApiError of a response that is not an error body", async () => {
    server.reply({ status: 502, body: "Bad Gateway" });

    await expect(client.get("BasicQueue")).rejects.toMatchObject({ status: 502, code: "Http502", message: "Bad Gateway" });
  });

  it("throws a NetworkError when nothing listens", async () => {
    const closedPort = await freePort();
    const offline = createFlowConfigsClient({ baseUrl: `http://127.0.0.1:${closedPort}`, getIdToken: async () => "t" });

    const error = await offline.list().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(ApiError);
  });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const CHRISTMAS = { from: "2026-12-25T00:00", to: "2026-12-26T00:00", patch: { variables: [{ name: "Closure", value: "true" }], prompts: [] } };
const aWindow = { id: "w1", ...CHRISTMAS, createdBy: "morgan", createdAt: "2026-12-01T12:00:00.000Z" };

describe("scheduled changes", () => {
  it("schedules a window with If-Match and reads the new version", async () => {
    server.reply({ status: 201, body: aConfig({ version: 4, scheduledChanges: [aWindow] }), headers: { ETag: '"4"' } });

    const outcome = await client.scheduleChange("Office Austin", CHRISTMAS, { ifMatch: 3 });

    expect(outcome).toEqual({ kind: "scheduled", saved: { config: expect.objectContaining({ version: 4, scheduledChanges: [aWindow] }), etag: '"4"' } });
    expect(lastRequest()).toMatchObject({ method: "POST", url: "/flow-configs/Office%20Austin/scheduled-changes", body: CHRISTMAS });
    expect(lastRequest().headers["if-match"]).toBe('"3"');
  });

  it("reads a 202 as the change request a config that requires approval makes", async () => {
    const request = { id: "r1", kind: "schedule", ...CHRISTMAS, requestedBy: "morgan", requestedAt: "2026-12-01T12:00:00.000Z", baseVersion: 3, status: "pending" };
    server.reply({ status: 202, body: request });

    const outcome = await client.scheduleChange("BasicQueue", CHRISTMAS, { ifMatch: '"3"' });

    expect(outcome).toEqual({ kind: "requested", request: expect.objectContaining({ id: "r1", status: "pending", baseVersion: 3 }) });
  });

  it("removes a window by id with If-Match", async () => {
    server.reply({ status: 200, body: aConfig({ version: 5 }) });

    const removed = await client.removeScheduledChange("BasicQueue", "w/1", { ifMatch: 4 });

    expect(removed.etag).toBe('"5"');
    expect(lastRequest()).toMatchObject({ method: "DELETE", url: "/flow-configs/BasicQueue/scheduled-changes/w%2F1" });
    expect(lastRequest().headers["if-match"]).toBe('"4"');
  });

  it("throws the API's 400 naming what is wrong with the window", async () => {
    server.reply({ status: 400, body: { code: "InvalidInput", message: "to: this window has already ended", issues: [{ path: "to", message: "this window has already ended" }] } });

    const refused = await client.scheduleChange("BasicQueue", CHRISTMAS, { ifMatch: 3 }).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 400, issues: [{ path: "to", message: "this window has already ended" }] });
  });

  it("previews at an instant", async () => {
    server.reply({ status: 200, body: { lang: "en-US", channel: "VOICE", values: { Closure: "true" }, bytes: 16, fallbacks: [] } });

    await client.preview("BasicQueue", { at: "2026-12-25T06:00:00.000Z" });

    expect(lastRequest().url).toBe("/flow-configs/BasicQueue/preview?at=2026-12-25T06%3A00%3A00.000Z");
  });
});
