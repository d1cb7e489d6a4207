import { Logger } from "@aws-lambda-powertools/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiApp } from "../../src/http/api-app";
import { createApiHarness, type ApiHarness } from "../support/api-harness";

let api: ApiHarness;

beforeAll(async () => {
  api = await createApiHarness({ seed: false });
});
afterAll(() => api.close());

interface Operation {
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }>; securitySchemes: Record<string, unknown> };
}

async function openApiDocument(): Promise<OpenApiDocument> {
  return (await (await api.request("GET", "/openapi.json")).json()) as OpenApiDocument;
}

/** `get /flow-configs/{id}` for every route Hono serves (middleware and the document itself aside). */
function servedRoutes(app: ApiHarness["app"] = api.app): string[] {
  return app.routes
    .filter((route) => route.method !== "ALL" && route.path !== "/openapi.json")
    .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, "{$1}")}`);
}

const operations = (document: OpenApiDocument) =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([key]) => key !== "parameters")
      .map(([method, operation]) => ({ route: `${method} ${path}`, operation })),
  );

describe("OpenAPI document", () => {
  it("describes every route with schemas generated from the model", async () => {
    const document = await openApiDocument();
    // Every route the app serves is described, with its method
    const described = operations(document).map(({ route }) => route);
    expect(new Set(described)).toEqual(new Set(servedRoutes()));
    expect(described).toEqual(expect.arrayContaining(["post /flow-configs/{id}/restore", "post /flow-configs/{id}/instances.csv"]));
    expect(Object.keys(document.paths["/flow-configs/{id}"]!)).toEqual(expect.arrayContaining(["get", "put", "delete"]));
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    expect(Object.keys(document.components.schemas.FlowConfig!.properties!)).toEqual(
      expect.arrayContaining(["id", "variables", "prompts", "version", "templateId"]),
    );
  });

  it("fails for a route the app serves but the document does not describe", async () => {
    const described = new Set(operations(await openApiDocument()).map(({ route }) => route));
    const unused = { verify: () => Promise.reject(new Error("no request is made")) };
    const app = createApiApp({ ...api.deps, verifier: unused, logger: new Logger({ logLevel: "SILENT" }) });
    app.get("/flow-configs/undeclared", (c) => c.text("served outside the contract"));
    expect(servedRoutes(app).filter((route) => !described.has(route))).toEqual(["get /flow-configs/undeclared"]);
  });

  it("gives every operation a success response with a schema, and every body route its body's schema", async () => {
    for (const { route, operation } of operations(await openApiDocument())) {
      const success = Object.entries(operation.responses).find(([status]) => status.startsWith("2"));
      expect(success, route).toBeDefined();
      if (success![0] !== "204") expect(Object.values(success![1].content ?? {})[0]?.schema, route).toBeDefined();
      expect(operation.responses["401"]?.content?.["application/json"]?.schema, route).toEqual({ $ref: "#/components/schemas/ErrorBody" });
      if (/^(post|put|patch)/.test(route)) expect(Object.values(operation.requestBody?.content ?? {})[0]?.schema, route).toBeDefined();
    }
  });

  it("describes request bodies as strict objects, so unknown fields are refused", async () => {
    const { components } = await openApiDocument();
    for (const name of ["StandaloneConfigInput", "InstanceConfigInput", "ValuePatch", "CloneRequest", "RestoreRequest", "AddListEntries", "RemoveListEntries"]) {
      expect(components.schemas[name], name).toMatchObject({ type: "object", additionalProperties: false });
    }
  });
});
