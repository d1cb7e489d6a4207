import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { GROUPS, RuntimeConfigSchema, type RuntimeConfig } from "@flow-configs/model/runtime";

export interface LocalRuntimeConfigInput {
  apiUrl: string;
  issuer: string;
  providerUrl: string;
  clientId: string;
  remoteUrl: string;
}

/** The shell's `/config.json` for the local stack: local sign-in, the local API, the remote on its own port. */
export function localRuntimeConfig(input: LocalRuntimeConfigInput): RuntimeConfig {
  return RuntimeConfigSchema.parse({
    environment: "local",
    apiUrl: input.apiUrl,
    auth: { kind: "local", issuer: input.issuer, providerUrl: input.providerUrl, userPoolClientId: input.clientId },
    modules: [
      {
        id: "flowConfigs",
        title: "Flow Configs",
        route: "/flow-configs",
        remoteEntry: `${input.remoteUrl}/remoteEntry.js`,
        exposedModule: "./App",
        requiredGroups: [GROUPS.admin, GROUPS.business, GROUPS.readOnly],
      },
    ],
  });
}

export function writeRuntimeConfig(path: string, config: RuntimeConfig): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
}
