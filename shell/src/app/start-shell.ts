import type { Session } from "@flow-configs/auth";
import type { RuntimeConfig } from "@flow-configs/model/runtime";
import type { ConnectWorkspace } from "../connect/connect-workspace";
import { isFramed, loadWorkspace } from "../connect/workspace";
import { preloadModuleAt, registerModules } from "../remotes/remote-module-registry";
import { createSession } from "./create-session";
import { loadRuntimeConfig } from "./load-runtime-config";

export type ShellStart =
  | { kind: "ready"; config: RuntimeConfig; session: Session; workspace: ConnectWorkspace }
  | { kind: "startError"; title: string; problems: string[] };

async function start(): Promise<ShellStart> {
  const [loaded, workspace] = await Promise.all([loadRuntimeConfig(), loadWorkspace()]);
  if (!loaded.ok) {
    return { kind: "startError", title: "The admin suite is not configured correctly", problems: loaded.problems };
  }
  document.title = loaded.config.title;
  registerModules(loaded.config.modules);
  preloadModuleAt(window.location.pathname, loaded.config.modules);
  const session = await createSession(loaded.config.auth, isFramed());
  return { kind: "ready", config: loaded.config, session, workspace };
}

/** Everything the shell needs before its first render; run once per page load. Never rejects. */
export function startShell(): Promise<ShellStart> {
  return start().catch((error: unknown) => ({
    kind: "startError",
    title: "The admin suite could not start",
    problems: [error instanceof Error ? error.message : String(error)],
  }));
}
