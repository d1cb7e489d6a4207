import { existsSync } from "node:fs";
import { join } from "node:path";
import { GROUPS } from "@flow-configs/model/flow-configs-groups";
import type { AdminModuleInput } from "@flow-configs/model/runtime";
import { localCallerListsModuleEntry } from "./caller-lists-module";
import type { LocalStackOptions } from "./stack";
import type { WebServerSpec } from "./web-servers";

/** Where a module's remote and the local API answer in this stack. */
export interface LocalModuleAddresses {
  remoteUrl: string;
  apiUrl: string;
}

/**
 * One admin module as the local stack runs it: its remote's workspace (served with `npm run serve`) and its
 * entry in the shell's `/config.json`. A module team registers its module by adding one of these.
 */
export interface LocalModule {
  /** The remote's npm workspace and folder; the module is registered only when the folder is in this checkout. */
  workspace: string;
  folder: string;
  /** Its remote's port, moved by the environment variable `portVariable` (read in `stack-environment.ts`). */
  port: (options: LocalStackOptions) => number;
  portVariable: string;
  entry: (addresses: LocalModuleAddresses) => AdminModuleInput;
}

const flowConfigs: LocalModule = {
  workspace: "@flow-configs/app-flow-configs",
  folder: "apps/flow-configs",
  port: (options) => options.remotePort,
  portVariable: "REMOTE_PORT",
  entry: ({ remoteUrl, apiUrl }) => ({
    id: "flowConfigs",
    title: "Flow Configs",
    route: "/flow-configs",
    remoteEntry: `${remoteUrl}/remoteEntry.js`,
    exposedModule: "./App",
    requiredGroups: [GROUPS.admin, GROUPS.business, GROUPS.readOnly, GROUPS.approver],
    apiUrl,
  }),
};

const callerLists: LocalModule = {
  workspace: "@flow-configs/app-caller-lists",
  folder: "apps/caller-lists",
  port: (options) => options.callerListsRemotePort,
  portVariable: "REMOTE_CALLER_LISTS_PORT",
  // Its API shares the local API server, under /caller-lists; the entry is the module's own.
  entry: (addresses) => localCallerListsModuleEntry(addresses),
};

/** Every module the local stack knows, in navigation order. */
export const LOCAL_MODULES: readonly LocalModule[] = [flowConfigs, callerLists];

/** The modules whose app is in this checkout: a branch without a module's folder runs without it. */
export function presentModules(repoRoot: string, modules: readonly LocalModule[] = LOCAL_MODULES): LocalModule[] {
  return modules.filter((module) => existsSync(join(repoRoot, module.folder, "package.json")));
}

/** The URL a module's remote answers on. */
export const remoteUrl = (module: LocalModule, options: LocalStackOptions): string => `http://localhost:${module.port(options)}`;

/** How `npm start` serves a module's remote: on its port, letting the shell's origin fetch its chunks (CORS). */
export function remoteWebServer(module: LocalModule, options: LocalStackOptions): WebServerSpec {
  return {
    label: module.folder.replace(/^apps\//, ""),
    workspace: module.workspace,
    folder: module.folder,
    env: { PORT: String(module.port(options)), SHELL_PORT: String(options.shellPort) },
    port: { number: module.port(options), variable: module.portVariable },
  };
}
