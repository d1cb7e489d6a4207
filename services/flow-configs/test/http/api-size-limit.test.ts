import { LIMITS, type ErrorBody, type ExportDocument, type Preview } from "@flow-configs/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aChangeRecord, aConfig, aPrompt } from "../support/factories";
import { createApiHarness, type ApiHarness } from "../support/api-harness";

let api: ApiHarness;

beforeAll(async () => {
  api = await createApiHarness();
});
afterAll(() => api.close());

/** A text that alone takes a getConfig response over Amazon Connect's 32 KB. */
const overLimit = "x".repeat(LIMITS.responseBytes);

/** A config whose es-US chat text is `chat`: its largest response is es-US CHAT. */
const withSpanishChat = (id: string, chat: string) =>
  aConfig({ id, prompts: [aPrompt({ values: { "en-US": { voice: "Hello." }, "es-US": { voice: "Hola.", chat } } })] });

async function expectRefused(response: Response, ...named: RegExp[]): Promise<void> {
  expect(response.status, await response.clone().text()).toBe(413);
  const body = (await response.json()) as ErrorBody;
  expect(body.code).toBe("TooLarge");
  for (const pattern of named) expect(body.message).toMatch(pattern);
}

describe("a save that would make getConfig answer over 32 KB is refused with 413", () => {
  it("refuses a create, naming the language, channel and size", async () => {
    const response = await api.request("POST", "/flow-configs", { as: "admin", body: withSpanishChat("Huge", overLimit) });
    await expectRefused(response, /getConfig would answer Huge with \d+ bytes for es-US CHAT, over Amazon Connect's 32768-byte limit/);
    expect(await api.store.get("Huge")).toBeNull();
  });

  it("refuses a values PATCH and writes nothing", async () => {
    const version = await api.versionOf("BasicQueue");
    const response = await api.request("PATCH", "/flow-configs/BasicQueue/values", {
      as: "business",
      ifMatch: version,
      body: { prompts: [{ name: "Welcome", values: { "es-US": { chat: overLimit } } }] },
    });
    await expectRefused(response, /BasicQueue with \d+ bytes for es-US CHAT/);
    expect(await api.versionOf("BasicQueue")).toBe(version);
  });

  it("refuses a PUT", async () => {
    const version = await api.versionOf("BasicQueue");
    const response = await api.request("PUT", "/flow-configs/BasicQueue", { as: "admin", ifMatch: version, body: withSpanishChat("BasicQueue", overLimit) });
    await expectRefused(response, /es-US CHAT/);
  });

  it("refuses a template change that takes one of its instances over, naming the instance", async () => {
    const austin = await api.request("PATCH", "/flow-configs/Office-Austin/values", {
      as: "admin",
      ifMatch: await api.versionOf("Office-Austin"),
      body: { variables: [{ name: "OfficeName", value: "a".repeat(20_000) }] },
    });
    expect(austin.status).toBe(200);
    const version = await api.versionOf("FieldOffice");
    const response = await api.request("PATCH", "/flow-configs/FieldOffice/values", {
      as: "admin",
      ifMatch: version,
      body: { prompts: [{ name: "OfficeGreeting", values: { "es-US": { voice: "b".repeat(15_000) } } }] },
    });
    await expectRefused(response, /template FieldOffice would make getConfig answer 1 instance over .*: Office-Austin \(es-US, VOICE: \d+ bytes\)$/);
    expect(await api.versionOf("FieldOffice")).toBe(version);
  });

  it("refuses a clone of a config stored over the limit before saves were checked", async () => {
    await api.store.create(withSpanishChat("Legacy-Huge", overLimit), aChangeRecord());
    const response = await api.request("POST", "/flow-configs/Legacy-Huge/clone", { as: "admin", body: { id: "Legacy-Copy" } });
    await expectRefused(response, /Legacy-Copy with \d+ bytes for es-US CHAT/);
  });

  it("refuses to restore a version that was over the limit", async () => {
    await api.store.create(withSpanishChat("Restorable", overLimit), aChangeRecord());
    const shrunk = await api.request("PATCH", "/flow-configs/Restorable/values", {
      as: "admin",
      ifMatch: 1,
      body: { prompts: [{ name: "Welcome", values: { "es-US": { chat: "Hola." } } }] },
    });
    expect(shrunk.status).toBe(200);
    const response = await api.request("POST", "/flow-configs/Restorable/restore", { as: "admin", ifMatch: 2, body: { version: 1 } });
    await expectRefused(response, /Restorable with \d+ bytes for es-US CHAT/);
    expect(await api.versionOf("Restorable")).toBe(2);
  });

  it("marks an import row over the limit invalid, in the dry run and when applied", async () => {
    const document = { format: "flow-configs", formatVersion: 1, exportedAt: new Date().toISOString(), configs: [withSpanishChat("Imported-Huge", overLimit), aConfig({ id: "Imported-Small" })] };
    for (const mode of ["dry-run", "apply"]) {
      const response = await api.request("POST", `/flow-configs/import?mode=${mode}`, { as: "admin", body: document });
      const { rows } = (await response.json()) as { rows: { action: string; issues: { path: string; message: string }[] }[] };
      expect(rows.map((row) => row.action)).toEqual(["invalid", "create"]);
      expect(rows[0]!.issues).toEqual([{ path: "configs[0]", message: expect.stringMatching(/Imported-Huge with \d+ bytes for es-US CHAT/) }]);
    }
    expect(await api.store.get("Imported-Huge")).toBeNull();
  });

  it("refuses an imported template that would take a stored instance over", async () => {
    const exported = (await (await api.request("GET", "/flow-configs/export?ids=FieldOffice", { as: "admin" })).json()) as ExportDocument;
    const template = exported.configs[0]!;
    const bigger = { ...template, prompts: [{ name: "OfficeGreeting", values: { "en-US": { voice: "c".repeat(15_000) } } }] };
    const response = await api.request("POST", "/flow-configs/import?mode=dry-run", { as: "admin", body: { ...exported, configs: [bigger] } });
    const { rows } = (await response.json()) as { rows: { action: string; issues: { message: string }[] }[] };
    expect(rows[0]).toMatchObject({ action: "invalid", issues: [{ message: expect.stringMatching(/Office-Austin \(en-US, VOICE: \d+ bytes\)/) }] });
  });

  it("reports an offices CSV row over the limit as an error, and writes the others", async () => {
    const csv = `id,description,OfficeName\nOffice-Huge,Huge office,${overLimit}\nOffice-Fine,Fine office,Fine\n`;
    const response = await api.request("POST", "/flow-configs/FieldOffice/instances.csv?mode=apply", { as: "admin", rawBody: csv, headers: { "Content-Type": "text/csv" } });
    const { rows } = (await response.json()) as { rows: { id: string; action: string; reasons: string[] }[] };
    expect(rows.map((row) => [row.id, row.action])).toEqual([
      ["Office-Huge", "error"],
      ["Office-Fine", "create"],
    ]);
    expect(rows[0]!.reasons).toEqual([expect.stringMatching(/Office-Huge with \d+ bytes for en-US VOICE/)]);
    expect(await api.store.get("Office-Huge")).toBeNull();
  });
});

describe("lists are exempt: isBadActor reads them, getConfig does not", () => {
  it("adds entries to a list past what a getConfig response could hold", async () => {
    const entries = Array.from({ length: 2000 }, (_, index) => ({ name: `+1555${String(index).padStart(7, "0")}` }));
    const response = await api.request("POST", "/flow-configs/bad-actors/entries", { as: "business", ifMatch: await api.versionOf("bad-actors"), body: { entries } });
    expect(response.status, await response.clone().text()).toBe(200);
    const preview = (await (await api.request("GET", "/flow-configs/bad-actors/preview", { as: "admin" })).json()) as Preview;
    expect(preview.bytes).toBeGreaterThan(LIMITS.responseBytes);
  });
});
