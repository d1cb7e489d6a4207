import { Logger } from "@aws-lambda-powertools/logger";
import { createLocalIdentityProvider, LOCAL_USER_POOL_ID as LOCAL_AWS_POOL_ID } from "@flow-configs/local-aws";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCognitoTokenVerifier, LOCAL_USER_POOL_ID } from "../../src/adapters/cognito-token-verifier";
import { createApiApp } from "../../src/http/api-app";
import { ERROR_STATUS } from "../../src/http/error-status";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "../../src/http/json-body";
import { createApiHarness, USERS, type ApiHarness } from "../support/api-harness";

let api: ApiHarness;

beforeAll(async () => {
  api = await createApiHarness();
});
afterAll(() => api.close());

interface ErrorBody {
  code: string;
  message: string;
  issues?: { path: string; message: string }[];
}

/** The import document of the review: one config whose id is a 20 000-deep nested array. */
function deeplyNestedDocument(depth = 20_000): string {
  const id = `${"[".repeat(depth)}${"]".repeat(depth)}`;
  return `{"format":"flow-configs","formatVersion":1,"exportedAt":"2026-12-01T00:00:00Z","configs":[{"id":${id}}]}`;
}

/** Every route the OpenAPI document says takes a body, with the media type it takes. */
async function bodyRoutes(): Promise<{ method: string; path: string; mediaType: string }[]> {
  const document = (await (await api.request("GET", "/openapi.json")).json()) as {
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
  };
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).flatMap(([method, operation]) =>
      operation.requestBody ? [{ method: method.toUpperCase(), path: path.replace("{id}", "BasicQueue"), mediaType: Object.keys(operation.requestBody.content)[0]! }] : [],
    ),
  );
}

describe("bodies nested deeper than any request are refused before they are parsed", () => {
  it("answers a 20 000-deep body with 400 on every body route, and keeps answering", async () => {
    const routes = await bodyRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(9);
    for (const { method, path, mediaType } of routes) {
      const response = await api.request(method, path, {
        as: "admin",
        ifMatch: await api.versionOf("BasicQueue"),
        rawBody: deeplyNestedDocument(),
        headers: { "Content-Type": mediaType },
      });
      expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${method} ${path}`).toBeLessThan(500);
      if (mediaType === "application/json") {
        const body = (await response.json()) as ErrorBody;
        expect(body.issues, `${method} ${path}`).toEqual([{ path: "(body)", message: expect.stringContaining(`deeper than ${MAX_JSON_DEPTH} levels`) }]);
      }
    }
    expect((await api.request("GET", "/flow-configs/BasicQueue", { as: "readOnly" })).status).toBe(200);
  });

  it("refuses a JSON body sent as another media type with 415", async () => {
    const response = await api.request("POST", "/flow-configs/BasicQueue/clone", { as: "admin", rawBody: '{"id":"Copy"}', headers: { "Content-Type": "text/plain" } });
    expect(response.status).toBe(415);
    expect(((await response.json()) as ErrorBody).code).toBe("UnsupportedMediaType");
  });

  it("measures depth without counting brackets inside strings", () => {
    expect(nestsDeeperThan(`{"text":"${"[".repeat(100)}\\"{{{"}`, 2)).toBe(false);
    expect(nestsDeeperThan("[[[]]]", 3)).toBe(false);
    expect(nestsDeeperThan("[[[[]]]]", 3)).toBe(true);
  });
});

describe("ids are checked before they reach a header", () => {
  it("answers an id that would inject a filename with 404 and no Content-Disposition", async () => {
    const response = await api.request("GET", `/flow-configs/${encodeURIComponent('a";filename=evil.html')}/instances.csv`, { as: "admin" });
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Disposition")).toBeNull();
  });

  it("answers an id with CR/LF with 404, never a 500", async () => {
    for (const path of ["/flow-configs/a%0D%0ASet-Cookie:x=1/instances.csv", "/flow-configs/a%0D%0Ab", "/flow-configs/a%0Ab/history"]) {
      const response = await api.request("GET", path, { as: "admin" });
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as ErrorBody).code).toBe("NotFound");
    }
  });

  it("names a download with filename*, so no character of a name ends the header", async () => {
    const response = await api.request("GET", "/flow-configs/FieldOffice/instances.csv", { as: "admin" });
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="FieldOffice-instances.csv"; filename*=UTF-8''FieldOffice-instances.csv`);
  });

  it("answers a version that is not a number with 404 naming it", async () => {
    const response = await api.request("GET", "/flow-configs/BasicQueue/history/latest", { as: "admin" });
    expect(response.status).toBe(404);
    expect(((await response.json()) as ErrorBody).message).toMatch(/BasicQueue has no version "latest"/);
  });
});

describe("responses that carry configs, history or exports are never cached", () => {
  it.each(["/flow-configs", "/flow-configs/BasicQueue", "/flow-configs/BasicQueue/history", "/flow-configs/BasicQueue/history/1", "/flow-configs/export", "/flow-configs/FieldOffice/instances.csv", "/flow-configs/BasicQueue/preview"])(
    "GET %s sends Cache-Control: no-store",
    async (path) => {
      const response = await api.request("GET", path, { as: "admin" });
      expect(response.status).toBe(200);
      expect(response.headers.get("Cache-Control")).toBe("no-store");
    },
  );

  it("also on a 412 that carries the current config", async () => {
    const response = await api.request("PATCH", "/flow-configs/BasicQueue/values", { as: "admin", ifMatch: 999, body: { variables: [] } });
    expect(response.status).toBe(412);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });
});

describe("a refused token", () => {
  it("gets a generic 401 that does not say what the verifier expected, the detail logged", async () => {
    const logger = new Logger({ logLevel: "SILENT" });
    const logged = vi.spyOn(logger, "info");
    const app = createApiApp({
      ...api.deps,
      verifier: createCognitoTokenVerifier({ userPoolId: api.identity.userPoolId, clientId: api.identity.clientId, jwks: api.identity.jwks }),
      logger,
    });
    const otherClient = await createLocalIdentityProvider({ clientId: "another-client", privateJwk: api.identity.privateJwk });
    const response = await app.request("/flow-configs", { headers: { Authorization: `Bearer ${await otherClient.mintIdToken(USERS.admin)}` } });

    expect(response.status).toBe(401);
    const body = (await response.json()) as ErrorBody;
    expect(body.code).toBe("Unauthorized");
    expect(body.message).not.toMatch(/expected|another-client|cognito-idp|LocalPool/i);
    expect(logged).toHaveBeenCalledWith("request refused", expect.objectContaining({ status: 401, detail: expect.stringMatching(/another-client/) }));
  });
});

describe("COGNITO_JWKS_URI", () => {
  const realPool = { userPoolId: "eu-west-1_RealPool1", clientId: "client" };

  it("is refused for a real pool unless it is a loopback address", () => {
    expect(() => createCognitoTokenVerifier({ ...realPool, jwksUri: "https://keys.example.com/jwks.json" })).toThrow(/loopback/);
    expect(() => createCognitoTokenVerifier({ ...realPool, jwksUri: "http://169.254.169.254/jwks.json" })).toThrow(/loopback/);
    expect(() => createCognitoTokenVerifier({ ...realPool, jwksUri: "not a url" })).toThrow(/not a URL/);
  });

  it("is honoured for a loopback address, or for the local pool", () => {
    for (const jwksUri of ["http://127.0.0.1:3000/.well-known/jwks.json", "http://localhost:3000/.well-known/jwks.json", "http://[::1]:3000/jwks.json"]) {
      expect(() => createCognitoTokenVerifier({ ...realPool, jwksUri }), jwksUri).not.toThrow();
    }
    expect(() => createCognitoTokenVerifier({ userPoolId: LOCAL_USER_POOL_ID, clientId: "client", jwksUri: "http://identity.lan:3000/jwks.json" })).not.toThrow();
  });

  it("knows the local pool as the local identity provider names it", () => {
    expect(LOCAL_USER_POOL_ID).toBe(LOCAL_AWS_POOL_ID);
  });
});

describe("the HTTP edge maps the model's error codes", () => {
  it("answers a missing template with 409", () => {
    expect(ERROR_STATUS.TemplateMissing).toBe(409);
  });
});
