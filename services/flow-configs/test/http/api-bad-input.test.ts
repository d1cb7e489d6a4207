import { LIMITS } from "@flow-configs/model";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createConfig } from "../../src/domain/write-config";
import { aConfig, aVariable } from "../support/factories";
import { createApiHarness, type ApiHarness } from "../support/api-harness";

let api: ApiHarness;
let itemsBefore: string[];

beforeAll(async () => {
  api = await createApiHarness();
});
afterAll(() => api.close());

/** Every item of the table, as partition + sort key: to prove a refused request wrote nothing. */
async function allItems(): Promise<string[]> {
  const partitions = await api.table.allPartitions();
  const keys = await Promise.all(partitions.map(async (pk) => (await api.table.sortKeys(pk)).map((sk) => `${pk} ${sk}`)));
  return keys.flat().sort();
}

beforeEach(async () => {
  itemsBefore = await allItems();
});

interface ErrorBody {
  code: string;
  message: string;
  issues?: { path: string; message: string }[];
}

/** The refusal's status and body, after checking that nothing was written. */
async function refused(response: Response, status: number): Promise<ErrorBody> {
  expect(response.status, await response.clone().text()).toBe(status);
  expect(await allItems()).toEqual(itemsBefore);
  return (await response.json()) as ErrorBody;
}

const paths = (body: ErrorBody) => body.issues?.map((issue) => issue.path) ?? [];

describe("bad input gets a 4xx naming the field, and writes nothing", () => {
  it("refuses malformed JSON", async () => {
    const body = await refused(await api.request("POST", "/flow-configs", { as: "admin", rawBody: '{"id": "X",' }), 400);
    expect(body.code).toBe("InvalidInput");
    expect(body.message).toMatch(/not valid JSON/);
  });

  it("refuses an empty body", async () => {
    await refused(await api.request("POST", "/flow-configs", { as: "admin", rawBody: "" }), 400);
  });

  it("refuses a body that is not an object", async () => {
    const body = await refused(await api.request("POST", "/flow-configs", { as: "admin", body: [1, 2] }), 400);
    expect(paths(body)).toEqual(["(body)"]);
  });

  it("names a field of the wrong type", async () => {
    const body = await refused(
      await api.request("POST", "/flow-configs", { as: "admin", body: { ...aConfig({ id: "Typed" }), languages: "en-US" } }),
      400,
    );
    expect(paths(body)).toContain("languages");
  });

  it("names a missing field", async () => {
    const { defaultLanguage: _missing, ...withoutDefault } = aConfig({ id: "NoDefault" });
    const body = await refused(await api.request("POST", "/flow-configs", { as: "admin", body: withoutDefault }), 400);
    expect(paths(body)).toContain("defaultLanguage");
  });

  it("names a variable whose name breaks the rules", async () => {
    const config = aConfig({ id: "BadName", variables: [aVariable({ name: "has space" })] });
    const body = await refused(await api.request("POST", "/flow-configs", { as: "admin", body: config }), 400);
    expect(paths(body)).toContain("variables[0].name");
  });

  it("names an unknown top-level field instead of dropping it", async () => {
    const { variables, ...rest } = aConfig({ id: "Typo" });
    const body = await refused(await api.request("POST", "/flow-configs", { as: "admin", body: { ...rest, variabels: variables } }), 400);
    expect(paths(body)).toEqual(["variabels"]);
  });

  it("refuses a PUT whose body names another id", async () => {
    const body = await refused(
      await api.request("PUT", "/flow-configs/BasicQueue", { as: "admin", ifMatch: 1, body: aConfig({ id: "Other" }) }),
      400,
    );
    expect(paths(body)).toEqual(["id"]);
  });

  it("names an unknown variable in a PATCH", async () => {
    const response = await api.request("PATCH", "/flow-configs/BasicQueue/values", {
      as: "business",
      ifMatch: 1,
      body: { variables: [{ name: "NotThere", value: "x" }] },
    });
    const body = await refused(response, 400);
    expect(body.message).toMatch(/NotThere/);
    expect(paths(body)).toEqual(["variables[0].name"]);
  });

  it("names a value of the wrong type in a PATCH", async () => {
    const response = await api.request("PATCH", "/flow-configs/BasicQueue/values", {
      as: "business",
      ifMatch: 1,
      body: { variables: [{ name: "Closure", value: "maybe" }] },
    });
    expect(paths(await refused(response, 400))).toEqual(["variables[0].value"]);
  });

  it("refuses a PATCH with an unknown field", async () => {
    const response = await api.request("PATCH", "/flow-configs/BasicQueue/values", {
      as: "business",
      ifMatch: 1,
      body: { variables: [], languages: ["fr-CA"] },
    });
    expect(paths(await refused(response, 400))).toEqual(["languages"]);
  });

  it("refuses a body over the item limit with 413", async () => {
    const huge = "x".repeat(LIMITS.itemBytes + 1);
    const body = await refused(await api.request("POST", "/flow-configs", { as: "admin", rawBody: JSON.stringify({ id: "Huge", description: huge }) }), 413);
    expect(body.code).toBe("TooLarge");
  });

  it("refuses a config that would not fit in one DynamoDB item, before writing", async () => {
    // The HTTP body limit stops such a config first; the use case checks the item size on its own too.
    const variables = Array.from({ length: 3000 }, (_, index) => aVariable({ name: `V${index}`, type: "string", value: "v".repeat(140) }));
    const principal = { username: "alex", groups: ["FlowConfigsAdmin"], scope: null };
    const attempt = createConfig(api.deps, principal, aConfig({ id: "Big", variables, prompts: [] }));
    await expect(attempt).rejects.toMatchObject({ code: "TooLarge", message: expect.stringMatching(/over DynamoDB's item limit/) });
    expect(await allItems()).toEqual(itemsBefore);
  });

  it("requires If-Match on writes (428)", async () => {
    const response = await api.request("PATCH", "/flow-configs/BasicQueue/values", {
      as: "business",
      body: { variables: [{ name: "Closure", value: "true" }] },
    });
    const body = await refused(response, 428);
    expect(body.code).toBe("PreconditionRequired");
    expect(body.message).toMatch(/If-Match/);
  });

  it("refuses a malformed If-Match", async () => {
    const response = await api.request("DELETE", "/flow-configs/BasicQueue", { as: "admin", ifMatch: "yesterday" });
    expect(paths(await refused(response, 400))).toEqual(["If-Match"]);
  });

  it("refuses a stale If-Match with 412 and the current config", async () => {
    const version = await api.versionOf("BasicQueue");
    const response = await api.request("PATCH", "/flow-configs/BasicQueue/values", {
      as: "business",
      ifMatch: version - 1 || 99,
      body: { variables: [{ name: "Closure", value: "true" }] },
    });
    const body = (await refused(response, 412)) as ErrorBody & { current?: { id: string; version: number } };
    expect(body.code).toBe("VersionConflict");
    expect(body.current).toMatchObject({ id: "BasicQueue", version });
  });

  it("answers an unknown route with 404", async () => {
    const body = await refused(await api.request("GET", "/nothing-here", { as: "admin" }), 404);
    expect(body.message).toMatch(/\/nothing-here/);
  });

  it("answers an unknown method with 405 and the allowed ones", async () => {
    const response = await api.request("PATCH", "/flow-configs", { as: "admin", body: {} });
    await refused(response, 405);
    expect(response.headers.get("Allow")).toMatch(/GET.*POST|POST.*GET/);
  });

  it("refuses an invalid limit", async () => {
    expect(paths(await refused(await api.request("GET", "/flow-configs?limit=1000", { as: "admin" }), 400))).toEqual(["limit"]);
  });

  it("rejects a page size outside 1–100 (checked once, by the route in front of the use case and the store)", async () => {
    for (const limit of ["0", "101"]) {
      const body = await refused(await api.request("GET", `/flow-configs?limit=${limit}`, { as: "admin" }), 400);
      expect(body).toMatchObject({ code: "InvalidInput", issues: [{ path: "limit", message: "must be a whole number from 1 to 100" }] });
    }
  });

  it("refuses a cursor it did not hand out", async () => {
    expect(paths(await refused(await api.request("GET", "/flow-configs?cursor=forged", { as: "admin" }), 400))).toEqual(["cursor"]);
  });

  it("refuses an unknown preview channel", async () => {
    const response = await api.request("GET", "/flow-configs/BasicQueue/preview?channel=SMOKE", { as: "admin" });
    expect(paths(await refused(response, 400))).toEqual(["channel"]);
  });

  it("answers a config id no config can have with 404", async () => {
    await refused(await api.request("GET", `/flow-configs/${"x".repeat(2000)}`, { as: "admin" }), 404);
  });

  it("refuses an instance of a template that does not exist", async () => {
    const response = await api.request("POST", "/flow-configs", {
      as: "admin",
      body: { id: "Office-Nowhere", templateId: "NoSuchTemplate", variables: [], prompts: [], lookupKeys: [] },
    });
    expect(paths(await refused(response, 400))).toEqual(["templateId"]);
  });

  it("refuses a lookup key another config owns with 409 naming it", async () => {
    const response = await api.request("POST", "/flow-configs", { as: "admin", body: aConfig({ id: "Thief", lookupKeys: ["+18005550100"] }) });
    const body = await refused(response, 409);
    expect(body.message).toMatch(/BasicQueue/);
  });

  it("refuses creating an id that exists with 409", async () => {
    await refused(await api.request("POST", "/flow-configs", { as: "admin", body: aConfig({ lookupKeys: [] }) }), 409);
  });
});

describe("templates keep their instances working", () => {
  it("refuses to delete a template that has instances, naming them", async () => {
    const version = await api.versionOf("FieldOffice");
    const body = await refused(await api.request("DELETE", "/flow-configs/FieldOffice", { as: "admin", ifMatch: version }), 409);
    expect(body.message).toMatch(/Office-Austin, Office-Boston/);
  });

  it("refuses to make a template with instances an instance itself", async () => {
    const version = await api.versionOf("FieldOffice");
    const response = await api.request("PUT", "/flow-configs/FieldOffice", {
      as: "admin",
      ifMatch: version,
      body: { id: "FieldOffice", templateId: "BasicQueue", variables: [], prompts: [], lookupKeys: [] },
    });
    expect(paths(await refused(response, 400))).toEqual(["templateId"]);
  });
});
