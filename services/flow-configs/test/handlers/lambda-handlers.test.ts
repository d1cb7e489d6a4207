import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createLocalIdentityProvider, type LocalIdentityProvider } from "@flow-configs/local-aws";
import type { APIGatewayProxyResult, Context } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aContactFlowEvent } from "../support/contact-flow-events";
import { aProxyEvent } from "../support/proxy-events";
import { setLambdaEnvironment } from "../support/lambda-environment";
import { seedConfigs } from "../support/seed-configs";
import { createTestTable } from "../store/config-table";

let table: Awaited<ReturnType<typeof createTestTable>>;
let identity: LocalIdentityProvider;
let jwksServer: Server;

/** Serves the identity provider's JWKS over HTTP, as the local stack does. */
async function serveJwks(jwks: unknown): Promise<string> {
  jwksServer = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
}

beforeAll(async () => {
  table = await createTestTable();
  await seedConfigs(table.store);
  identity = await createLocalIdentityProvider();
  setLambdaEnvironment(table.tableName, {
    COGNITO_USER_POOL_ID: identity.userPoolId,
    COGNITO_CLIENT_ID: identity.clientId,
    COGNITO_JWKS_URI: await serveJwks(identity.jwks),
    CORS_ALLOWED_ORIGINS: "http://localhost:5173",
  });
});
afterAll(async () => {
  table.close();
  await new Promise((resolve) => jwksServer.close(resolve));
});

const lambdaContext = {} as Context;

describe("the Lambda entry points", () => {
  it("api: verifies a token against the JWKS at COGNITO_JWKS_URI and answers a REST proxy event", async () => {
    const { handler } = await import("../../src/handlers/api");
    const token = await identity.mintIdToken({ username: "riley", groups: ["FlowConfigsReadOnly"], scope: "*" });
    const result = (await handler(
      aProxyEvent("GET", "/flow-configs/BasicQueue", { Authorization: `Bearer ${token}`, Origin: "http://localhost:5173" }),
      lambdaContext,
    )) as APIGatewayProxyResult;
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({ id: "BasicQueue" });
    expect(result.multiValueHeaders?.etag).toEqual(['"1"']);
    expect(result.multiValueHeaders?.["access-control-allow-origin"]).toEqual(["http://localhost:5173"]);
  });

  it("api: refuses a token signed by a key the JWKS does not hold", async () => {
    const { handler } = await import("../../src/handlers/api");
    const impostor = await createLocalIdentityProvider();
    const token = await impostor.mintIdToken({ username: "alex", groups: ["FlowConfigsAdmin"] });
    const result = (await handler(aProxyEvent("GET", "/flow-configs", { Authorization: `Bearer ${token}` }), lambdaContext)) as APIGatewayProxyResult;
    expect(result.statusCode).toBe(401);
  });

  it("get-config: answers a ContactFlowEvent", async () => {
    const { handler } = await import("../../src/handlers/get-config");
    const values = await handler(aContactFlowEvent({ channel: "CHAT", dialedNumber: undefined, parameters: { lookup: "AUS" } }), lambdaContext);
    expect(values).toMatchObject({ OfficeName: "Austin", OfficeGreeting: "Welcome to the field office." });
  });

  it("get-config: throws a named error for an unknown id", async () => {
    const { handler } = await import("../../src/handlers/get-config");
    await expect(handler(aContactFlowEvent({ parameters: { id: "Nope" } }), lambdaContext)).rejects.toMatchObject({ name: "UnknownFlowConfig" });
  });

  it("is-bad-actor: answers a ContactFlowEvent", async () => {
    const { handler } = await import("../../src/handlers/is-bad-actor");
    await expect(handler(aContactFlowEvent({ customerNumber: "+15555550199" }), lambdaContext)).resolves.toEqual({ isBadActor: "true" });
  });
});
