import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import type { LocalStack, LocalStackOptions } from "../src/stack";
import { startTestStack, testStackOptions, tokenFor } from "./support/test-stack";

const running: LocalStack[] = [];
let options: LocalStackOptions | undefined;

afterAll(async () => {
  for (const stack of running) await stack.stop();
  if (options) rmSync(options.dataDir, { recursive: true, force: true });
});

async function start(): Promise<LocalStack> {
  options ??= await testStackOptions({ inMemory: false });
  const stack = await startTestStack(options);
  running.push(stack);
  return stack;
}

async function stop(stack: LocalStack): Promise<void> {
  running.splice(running.indexOf(stack), 1);
  await stack.stop();
}

describe("npm start twice on the same data directory", () => {
  it("seeds the first time only and keeps edits and sign-ins across the restart", async () => {
    const first = await start();
    expect(first.seeded).toContain("BasicQueue");
    const token = await tokenFor(first.urls.api, { username: "morgan" });
    const current = await fetch(`${first.urls.api}/flow-configs/BasicQueue`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const patched = await fetch(`${first.urls.api}/flow-configs/BasicQueue/values`, {
      method: "PATCH",
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/json",
        "If-Match": current.headers.get("etag") ?? "",
      },
      body: JSON.stringify({ variables: [{ name: "Closure", value: "true" }] }),
    });
    expect(patched.status).toBe(200);
    await stop(first);

    const second = await start();
    expect(second.seeded).toEqual([]);
    // The identity provider's key is kept too, so a token from before the restart still works.
    const after = await fetch(`${second.urls.api}/flow-configs/BasicQueue`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(after.status).toBe(200);
    const config = (await after.json()) as { version: number; variables: { name: string; value: string }[] };
    expect(config.variables.find((variable) => variable.name === "Closure")?.value).toBe("true");
    expect(config.version).toBe(2);
  });
});
