import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

export interface WebServerSpec {
  /** Short label for its log lines: `shell`, `remote`. */
  label: string;
  workspace: string;
  /** The workspace folder, relative to the repository root. */
  folder: string;
  env: Record<string, string>;
}

export interface WebServer {
  label: string;
  /** The process group's id (npm's pid): everything the serve script starts is in it. */
  processGroup: number | undefined;
  stop(): Promise<void>;
}

/** Why a workspace cannot be served (no package, no `serve` script), or null when it can. */
export function missingServeScript(repoRoot: string, spec: WebServerSpec): string | null {
  const manifest = join(repoRoot, spec.folder, "package.json");
  if (!existsSync(manifest)) return `${spec.workspace} is not in this checkout (${spec.folder}/package.json is missing)`;
  const scripts = (JSON.parse(readFileSync(manifest, "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
  return scripts.serve ? null : `${spec.workspace} has no "serve" script in ${spec.folder}/package.json`;
}

/**
 * Runs `npm run serve -w <workspace>` in its own process group, so stopping it stops npm, the shell it
 * spawns and the server under them — nothing is left listening.
 */
export function startWebServer(repoRoot: string, spec: WebServerSpec, log: (line: string) => void): WebServer {
  const child = spawn("npm", ["run", "serve", "-w", spec.workspace], {
    cwd: repoRoot,
    env: { ...process.env, ...spec.env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on("line", (line) => log(`[${spec.label}] ${line}`));
  }
  let stopping = false;
  child.once("exit", (code, signal) => {
    if (!stopping) log(`[${spec.label}] stopped on its own (code ${code ?? "none"}, signal ${signal ?? "none"}); the API keeps running`);
  });
  const killOnExit = () => killGroup(child, "SIGKILL");
  process.once("exit", killOnExit);

  return {
    label: spec.label,
    processGroup: child.pid,
    stop() {
      stopping = true;
      process.removeListener("exit", killOnExit);
      return stopGroup(child);
    },
  };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    killGroup(child, "SIGTERM");
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(forceKill);
      // npm may exit before the server it started: make sure the rest of the group goes too.
      killGroup(child, "SIGKILL");
      resolve();
    });
    killGroup(child, "SIGTERM");
  });
}
