import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFreePort } from "@flow-configs/local-aws";
import { contactFlowEvent } from "@flow-configs/local-aws";
import { startLocalStack } from "../src/stack";

/**
 * `npm run bench` for the local stack: how long `npm start` takes to answer, and what a flow designer's
 * getConfig call and a UI's API read cost through the local endpoints (HTTP + the real handlers). Prints only.
 */
const WARM_CALLS = 500;

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

async function timeCalls(count: number, call: () => Promise<Response>): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    const response = await call();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`bench call answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const format = (ms: number) => `${ms.toFixed(2)} ms`;

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const dataDir = mkdtempSync(join(tmpdir(), "flow-configs-bench-"));
  const started = performance.now();
  const stack = await startLocalStack({
    apiPort: await findFreePort(),
    lambdaPort: await findFreePort(),
    dynamoDbPort: await findFreePort(),
    shellPort: await findFreePort(),
    remotePort: await findFreePort(),
    callerListsRemotePort: await findFreePort(),
    workspacePort: await findFreePort(),
    dataDir,
    inMemory: true,
    skipWeb: true,
    cacheTtlSeconds: 5,
    log: () => undefined,
  });
  const startSeconds = (performance.now() - started) / 1000;
  try {
    const invokeUrl = `${stack.urls.lambda}/2015-03-31/functions/getConfig/invocations`;
    const event = JSON.stringify(contactFlowEvent({ parameters: { id: "BasicQueue" }, languageCode: "es-MX", channel: "CHAT" }));
    const invokeGetConfig = () => fetch(invokeUrl, { method: "POST", body: event });
    const [first] = await timeCalls(1, invokeGetConfig);
    const warm = await timeCalls(WARM_CALLS, invokeGetConfig);

    const tokenResponse = await fetch(`${stack.urls.api}/local/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: "riley" }),
    });
    const { id_token: token } = (await tokenResponse.json()) as { id_token: string };
    const readConfig = () =>
      fetch(`${stack.urls.api}/flow-configs/BasicQueue`, { headers: { Authorization: `Bearer ${token}` } });
    const reads = await timeCalls(200, readConfig);

    console.log("Local stack (in-memory DynamoDB Local, no web servers)");
    console.log(`  start to ready, seeded:                 ${startSeconds.toFixed(1)} s`);
    console.log(`  getConfig via Lambda Invoke API, first: ${format(first ?? Number.NaN)}`);
    console.log(`  getConfig via Lambda Invoke API, warm:  p50 ${format(percentile(warm, 0.5))}  p99 ${format(percentile(warm, 0.99))}  (${WARM_CALLS} calls)`);
    console.log(`  GET /flow-configs/BasicQueue (API):     p50 ${format(percentile(reads, 0.5))}  p99 ${format(percentile(reads, 0.99))}  (200 calls)`);
  } finally {
    const stopping = performance.now();
    await stack.stop();
    console.log(`  stop (Ctrl-C) to everything exited:     ${((performance.now() - stopping) / 1000).toFixed(1)} s`);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
