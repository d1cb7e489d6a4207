import { describe, expect, it } from "vitest";
import { loadRuntimeConfig } from "../src/app/load-runtime-config";

function runtimeConfig(overrides: Record<string, unknown> = {}) {
  return {
    environment: "local",
    auth: {
      kind: "local",
      issuer: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalPool",
      providerUrl: "http://localhost:3000",
      userPoolClientId: "admin-suite-local",
    },
    modules: [
      {
        id: "inventory",
        title: "Inventory",
        route: "/inventory",
        remoteEntry: "http://localhost:5174/remoteEntry.js",
        requiredGroups: ["InventoryAdmin"],
        apiUrl: "http://localhost:3000",
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
    expect(result.ok && result.config.title).toBe("Admin suite");
  });

  it("names every invalid field", async () => {
    const result = await loadRuntimeConfig(answering(JSON.stringify(runtimeConfig({ modules: [{ id: "1bad", apiUrl: "not a url" }] }))));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.some((problem) => problem.startsWith("/config.json modules.0.apiUrl:"))).toBe(true);
    expect(problems.some((problem) => problem.startsWith("/config.json modules.0.id:"))).toBe(true);
  });

  it("refuses two modules on one route", async () => {
    const config = runtimeConfig();
    const [first] = config.modules;
    const result = await loadRuntimeConfig(answering(JSON.stringify({ ...config, modules: [first, { ...first, id: "other" }] })));
    expect(result.ok ? [] : result.problems).toEqual(["/config.json modules: module routes must be unique"]);
  });

  it("says when /config.json is missing", async () => {
    expect(await loadRuntimeConfig(answering("Not found", 404))).toEqual({ ok: false, problems: ["/config.json answered HTTP 404"] });
  });

  it("says when /config.json is not JSON", async () => {
    expect(await loadRuntimeConfig(answering("<!doctype html>"))).toEqual({ ok: false, problems: ["/config.json is not JSON"] });
  });
});
