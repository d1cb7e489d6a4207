import type { FlowConfig, HistoryEntry, Preview } from "@flow-configs/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aConfig } from "../support/factories";
import { createApiHarness, type ApiHarness } from "../support/api-harness";

let api: ApiHarness;

beforeAll(async () => {
  api = await createApiHarness();
});
afterAll(() => api.close());

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

describe("REST API routes", () => {
  it("creates a config (201, Location, ETag) and reads it back", async () => {
    const created = await api.request("POST", "/flow-configs", { as: "admin", body: aConfig({ id: "Sales", description: "Sales line" }) });
    expect(created.status).toBe(201);
    expect(created.headers.get("Location")).toBe("/flow-configs/Sales");
    expect(created.headers.get("ETag")).toBe('"1"');
    const read = await api.request("GET", "/flow-configs/Sales", { as: "readOnly" });
    expect(read.headers.get("ETag")).toBe('"1"');
    expect(await json<FlowConfig>(read)).toMatchObject({ id: "Sales", description: "Sales line", version: 1, updatedBy: "alex" });
  });

  it("serves an instance with its template's values and its overrides marked", async () => {
    const austin = await json<FlowConfig>(await api.request("GET", "/flow-configs/Office-Austin", { as: "business" }));
    expect(austin.templateId).toBe("FieldOffice");
    expect(austin.variables).toEqual([
      expect.objectContaining({ name: "OfficeName", value: "Austin", source: "overridden" }),
      expect.objectContaining({ name: "Closure", value: "false", source: "inherited" }),
    ]);
  });

  it("changes only the values a PATCH names and records who changed what", async () => {
    const before = await json<FlowConfig>(await api.request("GET", "/flow-configs/BasicQueue", { as: "business" }));
    const response = await api.request("PATCH", "/flow-configs/BasicQueue/values", {
      as: "business",
      ifMatch: before.version,
      body: { prompts: [{ name: "Welcome", values: { "es-US": { voice: "Hola." } } }] },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("ETag")).toBe(`"${before.version + 1}"`);
    const after = await json<FlowConfig>(response);
    expect(after.prompts.find((p) => p.name === "Welcome")?.values).toEqual({
      "en-US": { voice: "Thank you for calling.", chat: "Thank you for chatting with us." },
      "es-US": { voice: "Hola." },
    });
    expect(after.variables).toEqual(before.variables);

    const history = await json<{ items: HistoryEntry[] }>(await api.request("GET", "/flow-configs/BasicQueue/history", { as: "readOnly" }));
    expect(history.items[0]).toMatchObject({
      version: before.version + 1,
      action: "update-values",
      updatedBy: "morgan",
      changes: [expect.objectContaining({ entry: "prompt", name: "Welcome", after: "Hola." })],
    });
  });

  it("writes nothing for a PATCH that changes nothing", async () => {
    const version = await api.versionOf("BasicQueue");
    const response = await api.request("PATCH", "/flow-configs/BasicQueue/values", {
      as: "business",
      ifMatch: version,
      body: { variables: [{ name: "Closure", value: (await api.store.get("BasicQueue"))!.variables.find((v) => v.name === "Closure")!.value }] },
    });
    expect(response.status).toBe(200);
    expect(await api.versionOf("BasicQueue")).toBe(version);
  });

  it("replaces a config's shape with PUT", async () => {
    const version = await api.versionOf("Sales");
    const response = await api.request("PUT", "/flow-configs/Sales", {
      as: "admin",
      ifMatch: version,
      body: aConfig({ id: "Sales", languages: ["en-US"], prompts: [], variables: [{ name: "Open", type: "boolean", value: "true" }] }),
    });
    expect(response.status).toBe(200);
    const replaced = await json<FlowConfig>(response);
    expect(replaced.variables.map((v) => v.name)).toEqual(["Open"]);
    expect(replaced.version).toBe(version + 1);
  });

  it("accepts back what GET returned, metadata included, on PUT", async () => {
    const current = await json<FlowConfig>(await api.request("GET", "/flow-configs/Sales", { as: "admin" }));
    const response = await api.request("PUT", "/flow-configs/Sales", { as: "admin", ifMatch: current.version, body: { ...current, description: "Sales" } });
    expect(response.status).toBe(200);
  });

  it("previews exactly what getConfig returns, with its size and fallbacks", async () => {
    const preview = await json<Preview>(await api.request("GET", "/flow-configs/Office-Austin/preview?lang=es-MX&channel=CHAT", { as: "readOnly" }));
    expect(preview).toMatchObject({ lang: "es-MX", channel: "CHAT" });
    expect(preview.values).toMatchObject({ OfficeName: "Austin", Closure: "false", OfficeGreeting: "Bienvenido a la oficina." });
    expect(preview.bytes).toBe(Buffer.byteLength(JSON.stringify(preview.values)));
    expect(preview.fallbacks).toEqual([{ prompt: "OfficeGreeting", requested: "es-MX", served: "es-US" }]);
  });

  it("pages the list with a cursor and filters it with q", async () => {
    const first = await json<{ items: { id: string }[]; nextCursor: string | null }>(await api.request("GET", "/flow-configs?limit=2", { as: "admin" }));
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = await json<{ items: { id: string }[] }>(
      await api.request("GET", `/flow-configs?limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`, { as: "admin" }),
    );
    expect(second.items[0]!.id > first.items[1]!.id).toBe(true);
    const filtered = await json<{ items: { id: string }[] }>(await api.request("GET", "/flow-configs?q=boston", { as: "admin" }));
    expect(filtered.items.map((item) => item.id)).toEqual(["Office-Boston"]);
  });

  it("deletes a config and keeps its history", async () => {
    const version = await api.versionOf("Sales");
    expect((await api.request("DELETE", "/flow-configs/Sales", { as: "admin", ifMatch: version })).status).toBe(204);
    expect((await api.request("GET", "/flow-configs/Sales", { as: "admin" })).status).toBe(404);
    const history = await json<{ items: HistoryEntry[] }>(await api.request("GET", "/flow-configs/Sales/history", { as: "admin" }));
    expect(history.items.map((entry) => entry.action)).toEqual(["delete", "replace", "replace", "create"]);
  });

  it("answers CORS preflight for the allowed origin and exposes ETag", async () => {
    const preflight = await api.request("OPTIONS", "/flow-configs/BasicQueue/values", {
      headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": "PATCH", "Access-Control-Request-Headers": "authorization,if-match,content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Origin")).toBe("http://localhost:5173");
    expect(preflight.headers.get("Access-Control-Allow-Headers")?.toLowerCase()).toContain("if-match");
    const read = await api.request("GET", "/flow-configs/BasicQueue", { as: "admin", headers: { Origin: "http://localhost:5173" } });
    expect(read.headers.get("Access-Control-Expose-Headers")).toContain("ETag");
    const refused = await api.request("GET", "/flow-configs/BasicQueue", { headers: { Origin: "http://localhost:5173" } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("Access-Control-Allow-Origin")).toBe("http://localhost:5173");
  });

  it("sends no CORS grant to another origin", async () => {
    const read = await api.request("GET", "/flow-configs/BasicQueue", { as: "admin", headers: { Origin: "https://evil.example" } });
    expect(read.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });
});
