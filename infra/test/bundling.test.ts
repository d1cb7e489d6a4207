import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { synthApp } from "./support/synth-app";

type Resources = Record<string, { Type: string; Properties?: { FunctionName?: string; Code?: { S3Key?: string } } }>;

/** The folder holding a function's bundled code in the cloud assembly. */
function bundleDir(outdir: string, resources: Resources, functionName: string): string {
  const fn = Object.values(resources).find((resource) => resource.Type === "AWS::Lambda::Function" && resource.Properties?.FunctionName === functionName);
  const key = fn?.Properties?.Code?.S3Key;
  if (!key) throw new Error(`no code for ${functionName}`);
  return join(outdir, `asset.${key.replace(/\.zip$/, "")}`);
}

/** Imports a bundle in a fresh Node process (as Lambda would) and reports its `handler` export's type. */
function importBundle(dir: string, env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ["--input-type=module", "-e", `const m = await import(${JSON.stringify(join(dir, "index.mjs"))}); console.log(typeof m.handler);`], {
    env: { PATH: process.env.PATH ?? "", AWS_REGION: "us-east-1", AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true", ...env },
    encoding: "utf8",
  });
}

describe("Lambda bundling (esbuild from node_modules, no Docker)", () => {
  let outdir = "";
  let resources: Resources = {};

  beforeAll(() => {
    // Bundling one region is enough: both regions bundle the same entry points the same way.
    outdir = synthApp({ bundleStacks: ["FlowConfigs-Primary"] }).outdir;
    resources = (JSON.parse(readFileSync(join(outdir, "FlowConfigs-Primary.template.json"), "utf8")) as { Resources: Resources }).Resources;
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it.each([
    "flow-configs-api",
    "flow-configs-get-config",
    "flow-configs-is-bad-actor",
    "flow-configs-pre-token-generation",
    "flow-configs-caller-lists-api",
    "flow-configs-check-caller-list",
  ])(
    "bundles %s into one minified ES module with its source map",
    (functionName) => {
      const dir = bundleDir(outdir, resources, functionName);
      expect(existsSync(join(dir, "index.mjs"))).toBe(true);
      expect(existsSync(join(dir, "index.mjs.map"))).toBe(true);
      // The SDK is bundled, not taken from the runtime.
      expect(readFileSync(join(dir, "index.mjs"), "utf8")).not.toMatch(/from\s*"@aws-sdk\//);
    },
  );

  it("ships the cedar-wasm binary and the Cedar files beside the REST API bundle", () => {
    const dir = bundleDir(outdir, resources, "flow-configs-api");
    expect(existsSync(join(dir, "cedar_wasm_bg.wasm"))).toBe(true);
    expect(existsSync(join(dir, "policies", "flow-configs.cedarschema"))).toBe(true);
  });

  it("loads the pre-token-generation bundle in plain Node", () => {
    const run = importBundle(bundleDir(outdir, resources, "flow-configs-pre-token-generation"), {});
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("function");
  });

  it.each([
    ["Verified Permissions", { AUTHORIZER: "avp", POLICY_STORE_ID: "PSEXAMPLEabcdefg111111" }],
    ["bundled cedar-wasm", { AUTHORIZER: "cedar" }],
  ])("loads the REST API bundle with the %s authorizer", (_name, authorizer) => {
    const dir = bundleDir(outdir, resources, "flow-configs-api");
    const run = importBundle(dir, {
      TABLE_NAME: "flow-configs",
      COGNITO_USER_POOL_ID: "us-east-1_AbCdEf123",
      COGNITO_CLIENT_ID: "client",
      POLICIES_DIR: join(dir, "policies"),
      ...authorizer,
    });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("function");
  });

  it("ships Caller Lists' own Cedar files and cedar-wasm beside its API bundle, and loads it with either authorizer", () => {
    const dir = bundleDir(outdir, resources, "flow-configs-caller-lists-api");
    expect(existsSync(join(dir, "cedar_wasm_bg.wasm"))).toBe(true);
    expect(existsSync(join(dir, "policies", "caller-lists.cedarschema"))).toBe(true);
    const authorizers: Record<string, string>[] = [{ AUTHORIZER: "avp", POLICY_STORE_ID: "PSEXAMPLEabcdefg222222" }, { AUTHORIZER: "cedar" }];
    for (const authorizer of authorizers) {
      const run = importBundle(dir, {
        CALLER_LISTS_TABLE_NAME: "flow-configs-caller-lists",
        COGNITO_USER_POOL_ID: "us-east-1_AbCdEf123",
        COGNITO_CLIENT_ID: "client",
        POLICIES_DIR: join(dir, "policies"),
        ...authorizer,
      });
      expect(run.stderr).toBe("");
      expect(run.stdout.trim()).toBe("function");
    }
  });

  it("loads the checkCallerList bundle in plain Node", () => {
    const run = importBundle(bundleDir(outdir, resources, "flow-configs-check-caller-list"), { CALLER_LISTS_TABLE_NAME: "flow-configs-caller-lists" });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("function");
  });
});
