import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { isPortTaken } from "@flow-configs/local-aws";
import { portInUseError } from "./http-server";
import type { PartFailure } from "./readiness";

export interface WebServerSpec {
  /** Short label for its log lines: `shell`, `remote`. */
  label: string;
  workspace: string;
  /** The workspace folder, relative to the repository root. */
  folder: string;
  env: Record<string, string>;
  /** The port it serves on and the variable that moves it (checked free before it starts). */
  port?: { number: number; variable: string };
}

export interface WebServer {
  label: string;
  /** The process group's id (the guard's pid): everything the serve script starts is in it. */
  processGroup: number | undefined;
  /** Set once the server has stopped on its own (not by `stop()`): what happened, in a sentence. */
  failure(): PartFailure | null;
  stop(): Promise<void>;
}

const GUARD = fileURLToPath(new URL("./web-server-guard.ts", import.meta.url));
// By URL: `--import tsx` alone would be resolved from the child's working directory.
const TSX = import.meta.resolve("tsx");
const PORT_TAKEN = /already in use|EADDRINUSE/i;

/** Why a workspace cannot be served (no package, no `serve` script), or null when it can. */
export function missingServeScript(repoRoot: string, spec: WebServerSpec): string | null {
  const manifest = join(repoRoot, spec.folder, "package.json");
  if (!existsSync(manifest)) return `${spec.workspace} is not in this checkout (${spec.folder}/package.json is missing)`;
  const scripts = (JSON.parse(readFileSync(manifest, "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
  return scripts.serve ? null : `${spec.workspace} has no "serve" script in ${spec.folder}/package.json`;
}

/** Refuses a port something already listens on (either loopback address), naming the variable that moves it. */
export async function assertPortFree(port: number, variable: string): Promise<void> {
  for (const host of ["127.0.0.1", "::1"]) {
    // No IPv6 loopback on this machine: nothing can hold the port there.
    const taken = await isPortTaken(port, host).catch(() => false);
    if (taken) throw portInUseError(port, variable);
  }
}

/**
 * Runs `npm run serve -w <workspace>` under the guard, in its own process group: stopping it stops npm,
 * the shell it spawns and the server under them, and the supervisor dying (any way) does the same.
 */
export function startWebServer(repoRoot: string, spec: WebServerSpec, log: (line: string) => void): WebServer {
  const child = spawn(process.execPath, ["--import", TSX, GUARD, "npm", "run", "serve", "-w", spec.workspace], {
    cwd: repoRoot,
    env: { ...process.env, ...spec.env },
    detached: true,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let portTaken = false;
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on("line", (line) => {
      if (PORT_TAKEN.test(line)) portTaken = true;
      log(`[${spec.label}] ${line}`);
    });
  }
  let stopping = false;
  let failure: PartFailure | null = null;
  child.once("exit", (code, signal) => {
    // Whatever the serve script left behind goes with it.
    killGroup(child, "SIGKILL");
    if (stopping) return;
    const reason =
      portTaken && spec.port
        ? portInUseError(spec.port.number, spec.port.variable).message
        : `stopped on its own (code ${code ?? "none"}, signal ${signal ?? "none"}); see the [${spec.label}] lines above`;
    failure = { part: spec.label, reason };
    log(`[${spec.label}] ${reason}`);
  });
  const killOnExit = () => killGroup(child, "SIGKILL");
  process.once("exit", killOnExit);

  return {
    label: spec.label,
    processGroup: child.pid,
    failure: () => failure,
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
    killGroup(child, "SIGKILL");
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(forceKill);
      resolve();
    });
    killGroup(child, "SIGTERM");
  });
}
