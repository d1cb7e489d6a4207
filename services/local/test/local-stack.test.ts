import { readFileSync } from "node:fs";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import type { Jwks } from "aws-jwt-verify/jwk";
import { RuntimeConfigSchema } from "@flow-configs/model/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contactFlowEvent } from "@flow-configs/local-aws";
import type { LocalStack } from "../src/stack";
import { invoke, startTestStack, testStackOptions, tokenFor } from "./support/test-stack";

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack(await testStackOptions());
});

afterAll(async () => {
  await stack?.stop();
});

describe("local identity provider", () => {
  it("serves a Cognito-shaped discovery document pointing at its own JWKS", async () => {
    const response = await fetch(stack.urls.discovery);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(discovery.issuer).toBe("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalPool");
    expect(discovery.jwks_uri).toBe(`${stack.urls.api}/.well-known/jwks.json`);
    expect(discovery.authorization_endpoint).toBe(`${stack.urls.api}/local/sign-in`);
  });

  it("publishes only the public half of its signing key", async () => {
    const jwks = (await (await fetch(`${stack.urls.api}/.well-known/jwks.json`)).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig" });
    expect(jwks.keys[0]?.kid).toEqual(expect.any(String));
    expect(jwks.keys[0]).not.toHaveProperty("d");
  });

  it("mints tokens that CognitoJwtVerifier accepts with the served JWKS", async () => {
    const jwks = (await (await fetch(`${stack.urls.api}/.well-known/jwks.json`)).json()) as Jwks;
    const verifier = CognitoJwtVerifier.create({
      userPoolId: "us-east-1_LocalPool",
      clientId: "flow-configs-local",
      tokenUse: "id",
    });
    verifier.cacheJwks(jwks);
    const token = await tokenFor(stack.urls.api, { username: "riley", groups: ["FlowConfigsReadOnly"] });
    await expect(verifier.verify(token)).resolves.toMatchObject({ "cognito:groups": ["FlowConfigsReadOnly"] });
  });

  it("refuses a token request without a username, naming the field", async () => {
    const response = await fetch(`${stack.urls.api}/local/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ groups: [] }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "InvalidInput", message: expect.stringContaining("username") });
  });
});

describe("REST API over HTTP", () => {
  it("lists the seeded configs for a token from /local/token", async () => {
    const token = await tokenFor(stack.urls.api, { username: "alex", groups: ["FlowConfigsAdmin"] });
    const response = await fetch(`${stack.urls.api}/flow-configs`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: { id: string }[] };
    expect(page.items.map((item) => item.id)).toEqual([
      "BasicQueue",
      "FieldOffice",
      "Office-Austin",
      "Office-Boston",
      "Office-Chicago",
      "bad-actors",
    ]);
  });

  it("seeds bad-actors as a list, so business users keep its entries", async () => {
    const token = await tokenFor(stack.urls.api, { username: "alex", groups: ["FlowConfigsAdmin"] });
    const response = await fetch(`${stack.urls.api}/flow-configs/bad-actors`, { headers: { Authorization: `Bearer ${token}` } });
    expect(await response.json()).toMatchObject({ id: "bad-actors", kind: "list" });
  });

  it("shows a scoped persona only its own office", async () => {
    const token = await tokenFor(stack.urls.api, { username: "oscar" });
    const response = await fetch(`${stack.urls.api}/flow-configs`, { headers: { Authorization: `Bearer ${token}` } });
    const page = (await response.json()) as { items: { id: string }[] };
    expect(page.items.map((item) => item.id)).toEqual(["Office-Austin"]);
  });

  it("shows morgan (scope *) every config, and a Business token without a scope nothing, as in AWS", async () => {
    const ids = async (request: Record<string, unknown>) => {
      const token = await tokenFor(stack.urls.api, request);
      const response = await fetch(`${stack.urls.api}/flow-configs`, { headers: { Authorization: `Bearer ${token}` } });
      return ((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id);
    };
    expect(await ids({ username: "morgan" })).toHaveLength(6);
    expect(await ids({ username: "someone", groups: ["FlowConfigsBusiness"] })).toEqual([]);
  });

  it("answers 401 without a token", async () => {
    const response = await fetch(`${stack.urls.api}/flow-configs`);
    expect(response.status).toBe(401);
  });

  it("lets the shell's origin call the API from a browser (CORS)", async () => {
    const response = await fetch(`${stack.urls.api}/flow-configs`, {
      method: "OPTIONS",
      headers: {
        Origin: stack.urls.shell,
        "Access-Control-Request-Method": "PATCH",
        "Access-Control-Request-Headers": "authorization,if-match",
      },
    });
    expect(response.headers.get("access-control-allow-origin")).toBe(stack.urls.shell);
  });
});

describe("Lambda Invoke endpoint", () => {
  it("runs getConfig on a Connect event: es-MX on CHAT falls back to the es-US voice text", async () => {
    const event = contactFlowEvent({ parameters: { id: "BasicQueue" }, languageCode: "es-MX", channel: "CHAT" });
    const response = await invoke(stack.urls.lambda, "getConfig", event);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-amz-function-error")).toBeNull();
    expect(await response.json()).toEqual({
      Closure: "false",
      ClosureOfferCallback: "false",
      Welcome: "Gracias por llamar. Su llamada es importante para nosotros.",
      ClosureMessage: "En este momento estamos cerrados. Llame de nuevo en horario de atención.",
    });
  });

  it("serves an SSML voice prompt to CHAT as plain text", async () => {
    const event = contactFlowEvent({ parameters: { id: "BasicQueue" }, languageCode: "en-US", channel: "CHAT" });
    const values = (await (await invoke(stack.urls.lambda, "getConfig", event)).json()) as Record<string, string>;
    expect(values.Welcome).toBe("Thank you for chatting with us. An agent will be with you shortly.");
    expect(values.ClosureMessage).not.toContain("<");
    expect(values.ClosureMessage).toContain("We are currently closed.");
  });

  it("finds a field office by its dialed number when no id is given", async () => {
    const event = contactFlowEvent({ parameters: {}, dialedNumber: "+15125550100" });
    const values = (await (await invoke(stack.urls.lambda, "FlowConfigs-getConfig", event)).json()) as Record<
      string,
      string
    >;
    expect(values).toMatchObject({ OfficeName: "Austin", Region: "South", OfficeGreeting: "Welcome to the Austin field office." });
  });

  it("accepts a function ARN with a qualifier", async () => {
    const arn = "arn:aws:lambda:us-east-1:000000000000:function:FlowConfigs-isBadActor:$LATEST";
    const response = await invoke(stack.urls.lambda, arn, contactFlowEvent({ parameters: {}, customerNumber: "+15555550101" }));
    expect(await response.json()).toEqual({ isBadActor: "true" });
  });

  it("says false for a caller not on the list", async () => {
    const response = await invoke(
      stack.urls.lambda,
      "isBadActor",
      contactFlowEvent({ parameters: { ani: "+15555550150" } }),
    );
    expect(await response.json()).toEqual({ isBadActor: "false" });
  });

  it("returns Lambda's function-error shape for an unknown config id", async () => {
    const response = await invoke(stack.urls.lambda, "getConfig", contactFlowEvent({ parameters: { id: "NoSuchQueue" } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-amz-function-error")).toBe("Unhandled");
    const failure = (await response.json()) as { errorMessage: string; errorType: string };
    expect(failure.errorMessage).toContain("NoSuchQueue");
    expect(failure.errorType).toEqual(expect.any(String));
  });

  it("answers 404 ResourceNotFoundException for an unknown function", async () => {
    const response = await invoke(stack.urls.lambda, "deleteEverything", {});
    expect(response.status).toBe(404);
    expect(response.headers.get("x-amzn-errortype")).toBe("ResourceNotFoundException");
  });
});

describe("sign-in page", () => {
  const shellCallback = () => `${stack.urls.shell}/auth/callback`;

  it("offers one button per persona", async () => {
    const response = await fetch(`${stack.urls.api}/local/sign-in?redirect_uri=${encodeURIComponent(shellCallback())}&state=s1`);
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const username of ["alex", "morgan", "riley", "oscar", "casey"]) {
      expect(html).toContain(`name="username" value="${username}"`);
    }
    expect(html).toContain('name="viewport"');
  });

  it("redirects back with a token and the state in the fragment", async () => {
    const response = await fetch(`${stack.urls.api}/local/sign-in`, {
      method: "POST",
      body: new URLSearchParams({ username: "morgan", redirect_uri: shellCallback(), state: "s1" }),
      redirect: "manual",
    });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(shellCallback());
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(fragment.get("state")).toBe("s1");
    const list = await fetch(`${stack.urls.api}/flow-configs`, {
      headers: { Authorization: `Bearer ${fragment.get("id_token")}` },
    });
    expect(list.status).toBe(200);
  });

  it("refuses to send a token to a foreign redirect_uri", async () => {
    const foreign = encodeURIComponent("https://attacker.example/steal");
    const page = await fetch(`${stack.urls.api}/local/sign-in?redirect_uri=${foreign}`);
    expect(page.status).toBe(400);
    const post = await fetch(`${stack.urls.api}/local/sign-in`, {
      method: "POST",
      body: new URLSearchParams({ username: "alex", redirect_uri: "https://attacker.example/steal" }),
      redirect: "manual",
    });
    expect(post.status).toBe(400);
    expect(post.headers.get("location")).toBeNull();
  });

  it("refuses a client_id that is not the local app client", async () => {
    const query = new URLSearchParams({ redirect_uri: shellCallback(), client_id: "someone-else" });
    const response = await fetch(`${stack.urls.api}/local/sign-in?${query}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: expect.stringContaining("client_id") });
  });

  it("signs out by going back to an allowed address", async () => {
    const response = await fetch(`${stack.urls.api}/local/sign-out?redirect_uri=${encodeURIComponent(stack.urls.shell)}`, {
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(stack.urls.shell);
  });
});

describe("readiness", () => {
  it("finds every part answering as itself once the stack has started", async () => {
    const answers = await Promise.all(stack.readiness.map(async (check) => [check.name, await check.answers()] as const));
    expect(answers.map(([name]) => name)).toEqual([expect.stringMatching(/^the REST API/), expect.stringMatching(/^the Lambda endpoint/)]);
    expect(answers.every(([, answered]) => answered)).toBe(true);
    expect(stack.failure()).toBeNull();
  });
});

describe("shell runtime config", () => {
  it("writes a /config.json the shell's schema accepts, pointing at this stack", () => {
    const config = RuntimeConfigSchema.parse(JSON.parse(readFileSync(stack.urls.runtimeConfigFile, "utf8")));
    expect(config).toMatchObject({
      environment: "local",
      auth: { kind: "local", providerUrl: stack.urls.api, userPoolClientId: "flow-configs-local" },
    });
    expect(config.modules[0]).toMatchObject({
      id: "flowConfigs",
      route: "/flow-configs",
      remoteEntry: `${stack.urls.remote}/remoteEntry.js`,
      apiUrl: stack.urls.api,
    });
  });
});

describe("Caller Lists in the local stack", () => {
  it("serves its API under /caller-lists on the same server, with the seeded vip and bad-callers lists", async () => {
    const token = await tokenFor(stack.urls.api, { username: "riley" });
    const response = await fetch(`${stack.urls.api}/caller-lists`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: { id: string; kind: string }[] };
    expect(page.items.map(({ id, kind }) => [id, kind])).toEqual([
      ["bad-callers", "block"],
      ["vip", "vip"],
    ]);
  });

  it("gives the personas their Caller Lists groups: morgan edits entries, casey sees nothing", async () => {
    const morgan = await tokenFor(stack.urls.api, { username: "morgan" });
    const added = await fetch(`${stack.urls.api}/caller-lists/vip/entries`, {
      method: "POST",
      headers: { Authorization: `Bearer ${morgan}`, "Content-Type": "application/json" },
      body: JSON.stringify({ entries: [{ number: "+15125550199", reason: "New key account" }] }),
    });
    expect(await added.json()).toMatchObject({ saved: 1, rejected: 0 });
    const casey = await tokenFor(stack.urls.api, { username: "casey" });
    expect((await fetch(`${stack.urls.api}/caller-lists`, { headers: { Authorization: `Bearer ${casey}` } })).status).toBe(403);
  });

  it("runs checkCallerList on the Lambda endpoint, defaulting ani to the caller's number", async () => {
    const event = contactFlowEvent({ parameters: { listId: "bad-callers" }, customerNumber: "+15555550101" });
    const response = await invoke(stack.urls.lambda, "checkCallerList", event);
    expect(await response.json()).toEqual({ onList: "true", kind: "block", reason: "Repeated fraud attempts" });
  });

  it("fails checkCallerList for an unknown list, as a flow's Error branch needs", async () => {
    const response = await invoke(stack.urls.lambda, "checkCallerList", contactFlowEvent({ parameters: { listId: "nope" }, customerNumber: "+15555550101" }));
    expect(response.headers.get("x-amz-function-error")).toBe("Unhandled");
    expect(await response.json()).toMatchObject({ errorType: "UnknownCallerList" });
  });
});
