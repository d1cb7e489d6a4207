import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findFreePort, isPortTaken } from "@flow-configs/local-aws";
import { afterEach, describe, expect, it } from "vitest";

const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));

let blocker: Server | undefined;
afterEach(() => blocker?.close());

function occupy(port: number): Promise<void> {
  blocker = createServer();
  return new Promise((resolve) => blocker?.listen(port, "127.0.0.1", () => resolve()));
}

/** `npm start` as the user runs it (src/main.ts), on these ports; resolves with its exit code and output. */
function npmStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    env: { ...process.env, ...env, DYNAMODB_IN_MEMORY: "1", DATA_DIR: mkdtempSync(join(tmpdir(), "flow-configs-start-")) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}

describe("npm start with the shell's port taken", () => {
  it("says which port and which variable moves it, never prints Ready, exits non-zero and leaves nothing listening", async () => {
    const ports = {
      API_PORT: await findFreePort(),
      LAMBDA_PORT: await findFreePort(),
      DYNAMODB_PORT: await findFreePort(),
      SHELL_PORT: await findFreePort(),
      REMOTE_PORT: await findFreePort(),
    };
    await occupy(ports.SHELL_PORT);

    const { code, output } = await npmStart(Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])));

    expect(output).toContain(`Port ${ports.SHELL_PORT} is already in use. Stop whatever uses it or set SHELL_PORT to another port.`);
    expect(output).not.toMatch(/Ready/);
    expect(code).not.toBe(0);
    for (const port of [ports.API_PORT, ports.LAMBDA_PORT, ports.DYNAMODB_PORT, ports.REMOTE_PORT]) {
      expect(await isPortTaken(port), `port ${port}`).toBe(false);
    }
  });
});
