import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { WORKSPACE_APP } from "@flow-configs/model/workspace-app";
import { RuntimeConfigSchema, type AdminModuleInput, type RuntimeConfig } from "@flow-configs/model/runtime";

export interface LocalRuntimeConfigInput {
  issuer: string;
  providerUrl: string;
  clientId: string;
  modules: readonly AdminModuleInput[];
}

/** The shell's `/config.json` for the local stack: local sign-in and the modules this checkout has. */
export function localRuntimeConfig(input: LocalRuntimeConfigInput): RuntimeConfig {
  return RuntimeConfigSchema.parse({
    environment: "local",
    title: WORKSPACE_APP.name,
    auth: { kind: "local", issuer: input.issuer, providerUrl: input.providerUrl, userPoolClientId: input.clientId },
    modules: input.modules,
  });
}

export function writeRuntimeConfig(path: string, config: RuntimeConfig): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
}
