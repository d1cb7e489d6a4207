import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { assertPortFree, missingServeScript, startWebServer, type WebServerSpec } from "../src/web-servers";

const spec: WebServerSpec = { label: "shell", workspace: "@flow-configs/shell", folder: "shell", env: {} };
let repoRoot = "";

afterEach(() => rmSync(repoRoot, { recursive: true, force: true }));

function repoWithShell(scripts: Record<string, string> | null): string {
  repoRoot = mkdtempSync(join(tmpdir(), "web-servers-"));
  writeFileSync(join(repoRoot, "package.json"), JSON.stringify({ name: "fake-repo", private: true, workspaces: ["shell"] }));
  if (scripts) {
    mkdirSync(join(repoRoot, "shell"));
    writeFileSync(join(repoRoot, "shell", "package.json"), JSON.stringify({ name: spec.workspace, scripts }));
  }
  return repoRoot;
}

describe("starting the web servers", () => {
  it("can serve a workspace that has a serve script", () => {
    expect(missingServeScript(repoWithShell({ serve: "vite preview" }), spec)).toBeNull();
  });

  it("says which workspace lacks a serve script", () => {
    expect(missingServeScript(repoWithShell({ build: "vite build" }), spec)).toBe(
      '@flow-configs/shell has no "serve" script in shell/package.json',
    );
  });

  it("says when the workspace is not in the checkout", () => {
    expect(missingServeScript(repoWithShell(null), spec)).toMatch(/not in this checkout/);
  });
});

function groupIsAlive(processGroup: number): boolean {
  try {
    process.kill(-processGroup, 0);
    return true;
  } catch {
    return false;
  }
}

describe("stopping a web server", () => {
  it("stops npm and everything its serve script started", async () => {
    // The serve script starts a grandchild, as `vite preview` under npm and a shell does.
    const serve = `node -e "require('child_process').spawn('sleep', ['300'], { stdio: 'inherit' }); console.log('serving on ' + process.env.PORT)"`;
    const lines: string[] = [];
    const server = startWebServer(repoWithShell({ serve }), { ...spec, env: { PORT: "4321" } }, (line) => lines.push(line));
    const processGroup = server.processGroup ?? 0;
    expect(processGroup).toBeGreaterThan(0);
    await expect.poll(() => lines.some((line) => line === "[shell] serving on 4321"), { timeout: 20_000 }).toBe(true);
    expect(groupIsAlive(processGroup)).toBe(true);

    await server.stop();
    await expect.poll(() => groupIsAlive(processGroup), { timeout: 10_000 }).toBe(false);
  });
});

// The serve script starts a grandchild, as `vite preview` under npm and a shell does.
const SERVE_WITH_GRANDCHILD = `node -e "require('child_process').spawn('sleep', ['300'], { stdio: 'inherit' }); console.log('serving on ' + process.env.PORT)"`;

describe("when the supervisor dies", () => {
  it("takes the web server's whole group with it, even on SIGKILL", async () => {
    const root = repoWithShell({ serve: SERVE_WITH_GRANDCHILD });
    const supervisor = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./support/web-server-supervisor.ts", import.meta.url)), root], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    supervisor.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => output.includes("[shell] serving on 4321"), { timeout: 30_000 }).toBe(true);
    const processGroup = Number(/group (\d+)/.exec(output)?.[1]);
    expect(groupIsAlive(processGroup)).toBe(true);

    supervisor.kill("SIGKILL");
    await expect.poll(() => groupIsAlive(processGroup), { timeout: 15_000 }).toBe(false);
  });
});

describe("a web server that stops on its own", () => {
  it("reports a taken port by its number and the variable that moves it", async () => {
    const serve = `node -e "console.error('Error: Port 4321 is already in use'); process.exit(1)"`;
    const server = startWebServer(repoWithShell({ serve }), { ...spec, port: { number: 4321, variable: "SHELL_PORT" } }, () => undefined);
    await expect.poll(() => server.failure(), { timeout: 20_000 }).toEqual({
      part: "shell",
      reason: "Port 4321 is already in use. Stop whatever uses it or set SHELL_PORT to another port.",
    });
  });

  it("says it stopped, with its exit code", async () => {
    const server = startWebServer(repoWithShell({ serve: `node -e "process.exit(3)"` }), spec, () => undefined);
    await expect.poll(() => server.failure()?.reason, { timeout: 20_000 }).toMatch(/^stopped on its own \(code 3/);
  });

  it("is no failure when it was stopped", async () => {
    const server = startWebServer(repoWithShell({ serve: SERVE_WITH_GRANDCHILD }), spec, () => undefined);
    await server.stop();
    expect(server.failure()).toBeNull();
  });
});

describe("a web server's port", () => {
  let blocker: Server | undefined;
  afterEach(() => blocker?.close());

  it("is refused when taken, naming the variable that moves it", async () => {
    blocker = createServer();
    const port = await new Promise<number>((resolve) => {
      blocker?.listen(0, "127.0.0.1", () => resolve((blocker?.address() as { port: number }).port));
    });
    await expect(assertPortFree(port, "REMOTE_PORT")).rejects.toThrow(
      `Port ${port} is already in use. Stop whatever uses it or set REMOTE_PORT to another port.`,
    );
  });
});
