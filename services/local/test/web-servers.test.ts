import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { missingServeScript, startWebServer, type WebServerSpec } from "../src/web-servers";

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
