import { describe, expect, it } from "vitest";
import { loadRuntimeConfig } from "../src/app/load-runtime-config";

function runtimeConfig(overrides: Record<string, unknown> = {}) {
  return {
    environment: "local",
    apiUrl: "http://localhost:3000",
    auth: {
      kind: "local",
      issuer: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalPool",
      providerUrl: "http://localhost:3000",
      userPoolClientId: "flow-configs-local",
    },
    modules: [
      {
        id: "flowConfigs",
        title: "Flow Configs",
        route: "/flow-configs",
        remoteEntry: "http://localhost:5174/remoteEntry.js",
        requiredGroups: ["FlowConfigsAdmin"],
      },
    ],
    ...overrides,
  };
}

const answering = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;

describe("loadRuntimeConfig", () => {
  it("accepts a valid /config.json and fills the defaults", async () => {
    const result = await loadRuntimeConfig(answering(JSON.stringify(runtimeConfig())));
    expect(result.ok && result.config.modules[0]?.exposedModule).toBe("./App");
  });

  it("names every invalid field", async () => {
    const result = await loadRuntimeConfig(answering(JSON.stringify(runtimeConfig({ apiUrl: "not a url", modules: [{ id: "1bad" }] }))));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.some((problem) => problem.startsWith("/config.json apiUrl:"))).toBe(true);
    expect(problems.some((problem) => problem.startsWith("/config.json modules.0.id:"))).toBe(true);
  });

  it("says when /config.json is missing", async () => {
    expect(await loadRuntimeConfig(answering("Not found", 404))).toEqual({ ok: false, problems: ["/config.json answered HTTP 404"] });
  });

  it("says when /config.json is not JSON", async () => {
    expect(await loadRuntimeConfig(answering("<!doctype html>"))).toEqual({ ok: false, problems: ["/config.json is not JSON"] });
  });
});
