import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../lib/config/load-config";
import { INFRA_ROOT } from "../lib/repo-paths";
import { EXAMPLE_CONFIG_FILE } from "./support/synth-app";

type Json = Record<string, unknown>;

const example = (): Json => JSON.parse(readFileSync(EXAMPLE_CONFIG_FILE, "utf8")) as Json;

/** The example config with one value replaced (or removed with `undefined`) at a dotted path. */
function configWith(path: string, value: unknown): Json {
  const config = example();
  const keys = path.split(".");
  const parent = keys.slice(0, -1).reduce<Json>((node, key) => node[key] as Json, config);
  const last = keys.at(-1)!;
  return setOrRemove(config, parent, last, value);
}

function setOrRemove(config: Json, parent: Json, key: string, value: unknown): Json {
  if (value === undefined) Reflect.deleteProperty(parent, key);
  else parent[key] = value;
  return config;
}

describe("the deployment config", () => {
  it("accepts the committed example and fills in the defaults", () => {
    const config = parseConfig(example());
    expect(config.groups).toEqual({ admin: "FlowConfigsAdmin", business: "FlowConfigsBusiness", readOnly: "FlowConfigsReadOnly", approver: "FlowConfigsApprover" });
    expect(config.prefix).toBe("flow-configs");
  });

  it.each([
    ["connect.primary.instanceArn", "arn:aws:connect:us-east-1:111122223333:queue/x", "connect.primary.instanceArn: must be an Amazon Connect instance ARN"],
    [
      "connect.secondary.instanceArn",
      "arn:aws:connect:eu-west-2:111122223333:instance/66666666-7777-8888-9999-000000000000",
      "connect.secondary.instanceArn: must be in regions.secondary (us-west-2)",
    ],
    ["regions.secondary", "mars-north", "regions.secondary: must be an AWS region such as us-east-1"],
    ["regions.secondary", "us-east-1", "regions.secondary: must differ from regions.primary"],
    ["account", "1111", "account: must be a 12-digit AWS account id"],
    ["account", undefined, "account:"],
    ["identityProvider.metadataUrl", "http://idp.example.com/metadata", "identityProvider.metadataUrl: must be an https:// URL"],
    ["network.primary.vpcId", "my-vpc", "network.primary.vpcId: must be a VPC id"],
    ["network.primary.clientCidrs", ["10.0.0.0/99"], "network.primary.clientCidrs.0: must be an IPv4 CIDR"],
    ["cognitoDomainPrefix", "my-cognito-login", "cognitoDomainPrefix: must not contain aws, amazon or cognito"],
  ])("names %s when it is %j", (path, value, message) => {
    expect(() => parseConfig(configWith(path, value))).toThrow(ConfigError);
    expect(() => parseConfig(configWith(path, value))).toThrow(message);
  });

  it("names every bad field at once", () => {
    const config = configWith("account", "x");
    (config.regions as Json).primary = "nowhere";
    const error = (() => {
      try {
        parseConfig(config);
      } catch (caught) {
        return caught as Error;
      }
      throw new Error("expected a ConfigError");
    })();
    expect(error.message).toContain("account: must be a 12-digit AWS account id");
    expect(error.message).toContain("regions.primary: must be an AWS region such as us-east-1");
  });

  it("fails `cdk synth` with the field named, before any template is written", () => {
    const dir = mkdtempSync(join(tmpdir(), "flow-configs-bad-config-"));
    const badConfig = join(dir, "bad.config.json");
    writeFileSync(badConfig, JSON.stringify(configWith("connect.primary.instanceArn", "not-an-arn")));
    const outdir = join(dir, "cdk.out");

    // What the CDK CLI does: run the app with the context and output directory in the environment.
    const run = spawnSync(process.execPath, ["--import", "tsx", join(INFRA_ROOT, "bin/flow-configs.ts")], {
      cwd: INFRA_ROOT,
      env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify({ config: badConfig }), CDK_OUTDIR: outdir },
      encoding: "utf8",
    });

    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("connect.primary.instanceArn: must be an Amazon Connect instance ARN");
    const written = existsSync(outdir) ? readdirSync(outdir) : [];
    rmSync(dir, { recursive: true, force: true });
    expect(written.filter((file) => file.endsWith(".template.json"))).toEqual([]);
  });
});
