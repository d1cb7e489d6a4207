import type { ErrorBody, FlowConfig } from "@flow-configs/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aConfig } from "../support/factories";
import { createApiHarness, type ApiHarness } from "../support/api-harness";

let api: ApiHarness;

beforeAll(async () => {
  api = await createApiHarness();
});
afterAll(() => api.close());

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;
const addEntry = async (id: string, as: "admin" | "business") =>
  api.request("POST", `/flow-configs/${id}/entries`, { as, ifMatch: await api.versionOf(id), body: { entries: [{ name: "+15555550111" }] } });

describe("a list is a config an admin made one (kind: list)", () => {
  it("serves every config with its kind; the seed's bad-actors is a list", async () => {
    expect(await json<FlowConfig>(await api.request("GET", "/flow-configs/bad-actors", { as: "readOnly" }))).toMatchObject({ kind: "list" });
    expect(await json<FlowConfig>(await api.request("GET", "/flow-configs/BasicQueue", { as: "readOnly" }))).toMatchObject({ kind: "standard" });
  });

  it("gives a template's instances the template's kind", async () => {
    expect(await json<FlowConfig>(await api.request("GET", "/flow-configs/Office-Austin", { as: "readOnly" }))).toMatchObject({ kind: "standard" });
  });

  it("lets a business user add entries to a list, never to an empty template", async () => {
    const empty = aConfig({ id: "EmptyTemplate", variables: [], prompts: [] });
    expect((await api.request("POST", "/flow-configs", { as: "admin", body: empty })).status).toBe(201);
    expect((await addEntry("EmptyTemplate", "business")).status).toBe(403);
    const asAdmin = await addEntry("EmptyTemplate", "admin");
    expect(asAdmin.status).toBe(400);
    expect((await json<ErrorBody>(asAdmin)).message).toContain('not a list config (an admin makes one with kind "list")');
    expect((await addEntry("bad-actors", "business")).status).toBe(200);
  });

  it("lets an admin create a list and turn a config into one with PUT", async () => {
    const list = aConfig({ id: "vip-list", kind: "list", variables: [], prompts: [] });
    expect(await json<FlowConfig>(await api.request("POST", "/flow-configs", { as: "admin", body: list }))).toMatchObject({ kind: "list" });
    expect((await addEntry("vip-list", "business")).status).toBe(200);

    const shape = aConfig({ id: "EmptyTemplate", kind: "list", variables: [], prompts: [] });
    const put = await api.request("PUT", "/flow-configs/EmptyTemplate", { as: "admin", ifMatch: await api.versionOf("EmptyTemplate"), body: shape });
    expect(await json<FlowConfig>(put)).toMatchObject({ kind: "list" });
    expect((await addEntry("EmptyTemplate", "business")).status).toBe(200);
  });

  it("refuses a list with prompts, naming the field", async () => {
    const response = await api.request("POST", "/flow-configs", { as: "admin", body: aConfig({ id: "ListWithPrompts", kind: "list", variables: [] }) });
    expect(response.status).toBe(400);
    expect((await json<ErrorBody>(response)).issues).toEqual([{ path: "prompts", message: "a list has no prompts: isBadActor reads only its entries" }]);
  });

  it("carries kind in the export document and in the OpenAPI document", async () => {
    const exported = await json<{ configs: { id: string; kind?: string }[] }>(await api.request("GET", "/flow-configs/export?ids=bad-actors", { as: "admin" }));
    expect(exported.configs).toEqual([expect.objectContaining({ id: "bad-actors", kind: "list" })]);
    const openApi = await json<{ components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> } }>(
      await api.request("GET", "/openapi.json"),
    );
    expect(openApi.components.schemas.FlowConfig?.properties?.kind).toEqual({ type: "string", enum: ["standard", "list"] });
    expect(openApi.components.schemas.FlowConfig?.required).toContain("kind");
  });
});
