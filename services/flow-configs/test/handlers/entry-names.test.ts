import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aChangeRecord, aConfig, aVariable } from "../support/factories";
import { aContactFlowEvent } from "../support/contact-flow-events";
import { aLambdaContext, setLambdaEnvironment } from "../support/lambda-environment";
import { createTestTable } from "../store/config-table";

/** Names every object inherits: valid entry names, which a plain `{}` would swallow or refuse to hold. */
const OBJECT_NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty"];

let table: Awaited<ReturnType<typeof createTestTable>>;

beforeAll(async () => {
  table = await createTestTable();
  await table.store.create(
    aConfig({ id: "ObjectNames", variables: OBJECT_NAMES.map((name) => aVariable({ name, type: "string", value: `${name} value` })), prompts: [] }),
    aChangeRecord(),
  );
  setLambdaEnvironment(table.tableName);
});
afterAll(() => table.close());

describe("the getConfig handler serves any valid entry name", () => {
  it("returns __proto__, constructor and toString in the JSON Lambda sends to Connect", async () => {
    const { handler } = await import("../../src/handlers/get-config");
    const response = await handler(aContactFlowEvent({ parameters: { id: "ObjectNames" } }), aLambdaContext());
    // Lambda's runtime serialises the handler's result as JSON: that text is what the flow reads
    const served = JSON.parse(JSON.stringify(response)) as Record<string, unknown>;
    expect(Object.entries(served)).toEqual(OBJECT_NAMES.map((name) => [name, `${name} value`]));
  });
});
