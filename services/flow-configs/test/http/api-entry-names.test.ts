import type { FlowConfig, Preview } from "@flow-configs/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aConfig, aVariable } from "../support/factories";
import { createApiHarness, type ApiHarness } from "../support/api-harness";

let api: ApiHarness;

beforeAll(async () => {
  api = await createApiHarness({ seed: false });
});
afterAll(() => api.close());

/** Names every object inherits: valid entry names, which a plain `{}` would swallow or refuse to hold. */
const OBJECT_NAMES = ["__proto__", "constructor", "toString"];

describe("entry names that objects inherit", () => {
  it("are saved, read back and previewed exactly as getConfig serves them", async () => {
    const body = aConfig({ id: "ObjectNames", variables: OBJECT_NAMES.map((name) => aVariable({ name, type: "string", value: `${name} value` })) });
    expect((await api.request("POST", "/flow-configs", { as: "admin", body })).status).toBe(201);

    const read = (await (await api.request("GET", "/flow-configs/ObjectNames", { as: "readOnly" })).json()) as FlowConfig;
    expect(read.variables.map((variable) => variable.name)).toEqual(OBJECT_NAMES);

    const preview = (await (await api.request("GET", "/flow-configs/ObjectNames/preview?lang=en-US", { as: "readOnly" })).json()) as Preview;
    expect(Object.entries(preview.values)).toEqual([
      ...OBJECT_NAMES.map((name) => [name, `${name} value`]),
      ["Welcome", "Thank you for calling."],
      ["ClosureMessage", "We are currently closed."],
    ]);
    expect(preview.bytes).toBe(new TextEncoder().encode(JSON.stringify(preview.values)).length);
  });
});
