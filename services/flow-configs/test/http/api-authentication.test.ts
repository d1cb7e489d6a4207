import { createLocalIdentityProvider } from "@flow-configs/local-aws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, USERS, type ApiHarness } from "../support/api-harness";

let api: ApiHarness;

beforeAll(async () => {
  api = await createApiHarness();
});
afterAll(() => api.close());

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

async function expectUnauthorized(response: Response) {
  expect(response.status).toBe(401);
  const body = (await response.json()) as { code: string; message: string };
  expect(body.code).toBe("Unauthorized");
  expect(body.message).toBeTruthy();
}

describe("authentication", () => {
  it("accepts a valid ID token from the identity provider", async () => {
    expect((await api.request("GET", "/flow-configs", { as: "admin" })).status).toBe(200);
  });

  it("refuses a request without a token", async () => {
    const response = await api.request("GET", "/flow-configs");
    expect(response.headers.get("WWW-Authenticate")).toBe("Bearer");
    await expectUnauthorized(response);
  });

  it("refuses a token that is not a bearer token", async () => {
    await expectUnauthorized(await api.request("GET", "/flow-configs", { headers: { Authorization: "Basic YWxleDpwdw==" } }));
  });

  it("refuses an expired token", async () => {
    const token = await api.identity.mintIdToken({ ...USERS.admin, expiresInSeconds: -60 });
    await expectUnauthorized(await api.request("GET", "/flow-configs", { token }));
  });

  it("refuses a token signed by another key", async () => {
    const impostor = await createLocalIdentityProvider();
    const token = await impostor.mintIdToken(USERS.admin);
    await expectUnauthorized(await api.request("GET", "/flow-configs", { token }));
  });

  it("refuses an unsigned token (alg: none)", async () => {
    const real = await api.tokenFor("admin");
    const [, payload] = real.split(".");
    const token = `${base64url({ alg: "none", typ: "JWT" })}.${payload}.`;
    await expectUnauthorized(await api.request("GET", "/flow-configs", { token }));
  });

  it("refuses a token whose claims were changed after signing", async () => {
    const real = await api.tokenFor("business");
    const [header, payload, signature] = real.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString()) as Record<string, unknown>;
    const forged = `${header}.${base64url({ ...claims, "cognito:groups": ["FlowConfigsAdmin"] })}.${signature}`;
    await expectUnauthorized(await api.request("DELETE", "/flow-configs/BasicQueue", { token: forged, ifMatch: 1 }));
  });

  it("refuses a token issued for another app client", async () => {
    const otherClient = await createLocalIdentityProvider({ clientId: "another-client", privateJwk: api.identity.privateJwk });
    await expectUnauthorized(await api.request("GET", "/flow-configs", { token: await otherClient.mintIdToken(USERS.admin) }));
  });

  it("refuses a token of another user pool", async () => {
    const otherPool = await createLocalIdentityProvider({ userPoolId: "us-east-1_OtherPool", privateJwk: api.identity.privateJwk });
    await expectUnauthorized(await api.request("GET", "/flow-configs", { token: await otherPool.mintIdToken(USERS.admin) }));
  });

  it("serves the OpenAPI document without a token", async () => {
    const response = await api.request("GET", "/openapi.json");
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string };
    expect(document.openapi).toBe("3.1.0");
  });
});
