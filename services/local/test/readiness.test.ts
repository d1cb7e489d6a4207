import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { apiCheck, remoteCheck, shellCheck, waitUntilReady, type ReadinessCheck } from "../src/readiness";
import { localRuntimeConfig } from "../src/runtime-config-file";

let server: Server | undefined;
afterEach(() => server?.close());

/** Something on a port that answers every request with this body: the part itself, or an impostor. */
function serving(body: string, contentType = "application/json"): Promise<string> {
  server = createServer((_request, response) => response.writeHead(200, { "Content-Type": contentType }).end(body));
  return new Promise((resolve) => server?.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server?.address() as { port: number }).port}`)));
}

const runtimeConfig = localRuntimeConfig({
  issuer: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalPool",
  providerUrl: "http://localhost:3000",
  clientId: "flow-configs-local",
  modules: [
    {
      id: "someModule",
      title: "Some module",
      route: "/some-module",
      remoteEntry: "http://localhost:5174/remoteEntry.js",
      exposedModule: "./App",
      requiredGroups: ["SomeGroup"],
      apiUrl: "http://localhost:3000",
    },
  ],
});

const check = (name: string, answers: boolean): ReadinessCheck => ({ name, answers: async () => answers });

describe("whether a part answers as itself", () => {
  it("takes the shell only when it serves the config.json this stack wrote", async () => {
    expect(await shellCheck(await serving(JSON.stringify(runtimeConfig)), runtimeConfig).answers()).toBe(true);
  });

  it("does not take another stack's shell (or any other server) on the shell's port", async () => {
    const otherStack = { ...runtimeConfig, apiUrl: "http://localhost:4300" };
    expect(await shellCheck(await serving(JSON.stringify(otherStack)), runtimeConfig).answers()).toBe(false);
  });

  it("takes the remote only when its entry names the module", async () => {
    const url = await serving('const remote = { name: "flowConfigs" };', "text/javascript");
    expect(await remoteCheck(`${url}/remoteEntry.js`, "flowConfigs").answers()).toBe(true);
    expect(await remoteCheck(`${url}/remoteEntry.js`, "callerLists").answers()).toBe(false);
  });

  it("takes the API only when its discovery document names this stack's issuer", async () => {
    const url = await serving(JSON.stringify({ issuer: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_OtherPool" }));
    expect(await apiCheck(url, "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalPool").answers()).toBe(false);
  });

  it("is not taken when nothing listens", async () => {
    expect(await apiCheck("http://127.0.0.1:9", "issuer").answers()).toBe(false);
  });
});

describe("waiting until the stack is ready", () => {
  it("is ready when every check passes", async () => {
    expect(await waitUntilReady([check("the API", true), check("the shell", true)], { timeoutMs: 1_000, failure: () => null })).toEqual({
      ready: true,
    });
  });

  it("is never ready while one part does not answer, and says which", async () => {
    const readiness = await waitUntilReady([check("the API", true), check("the shell", false)], { timeoutMs: 50, pollMs: 10, failure: () => null });
    expect(readiness).toEqual({ ready: false, waitingFor: ["the shell"], failure: null });
  });

  it("stops waiting at once when a part has stopped on its own", async () => {
    const failure = { part: "shell", reason: "Port 5173 is already in use. Stop whatever uses it or set SHELL_PORT to another port." };
    const readiness = await waitUntilReady([check("the shell", false)], { timeoutMs: 60_000, failure: () => failure });
    expect(readiness).toEqual({ ready: false, waitingFor: ["the shell"], failure });
  });

  it("is not ready when a part stops even though the others answered", async () => {
    const failure = { part: "remote", reason: "stopped on its own (code 1, signal none)" };
    expect(await waitUntilReady([check("the API", true)], { timeoutMs: 1_000, failure: () => failure })).toMatchObject({ ready: false, failure });
  });
});
