import { App } from "aws-cdk-lib";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FlowConfigsConfig } from "../../lib/config/flow-configs-config";
import { loadConfig } from "../../lib/config/load-config";
import { createFlowConfigsApp, type FlowConfigsApp } from "../../lib/flow-configs-app";
import { INFRA_ROOT } from "../../lib/repo-paths";

export const cdkJsonContext = (): Record<string, unknown> =>
  (JSON.parse(readFileSync(join(INFRA_ROOT, "cdk.json"), "utf8")) as { context: Record<string, unknown> }).context;

export const EXAMPLE_CONFIG_FILE = join(INFRA_ROOT, "config/flow-configs.config.example.json");

/** The committed example config: fake but well-formed values. */
export const exampleConfig = (): FlowConfigsConfig => loadConfig(EXAMPLE_CONFIG_FILE);

/** Tiny stand-ins for the shell and remote builds. */
export const fixtureSite = {
  shell: join(INFRA_ROOT, "test/fixtures/site/shell"),
  flowConfigs: join(INFRA_ROOT, "test/fixtures/site/flow-configs"),
  callerLists: join(INFRA_ROOT, "test/fixtures/site/caller-lists"),
};

/**
 * Synthesizes both regions with the cdk.json feature flags into a fresh directory. Lambda bundling is
 * skipped unless `bundleStacks` names stacks to bundle (CDK's own `aws:cdk:bundling-stacks`).
 */
export function synthApp(options: { config?: FlowConfigsConfig; bundleStacks?: string[] } = {}): {
  app: App;
  stacks: FlowConfigsApp;
  outdir: string;
} {
  const outdir = mkdtempSync(join(tmpdir(), "flow-configs-cdk-"));
  const app = new App({ outdir, context: { ...cdkJsonContext(), "aws:cdk:bundling-stacks": options.bundleStacks ?? [] } });
  const stacks = createFlowConfigsApp(app, options.config ?? exampleConfig(), fixtureSite);
  app.synth();
  return { app, stacks, outdir };
}
