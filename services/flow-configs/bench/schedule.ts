/**
 * Scheduled changes (issue 14), printed by `npm run bench -w @flow-configs/service`:
 * - the lag between a window's boundary and the first getConfig call that serves it, over 20 boundaries,
 *   through the contact-flow Lambda's own cached reader, with the cache at 5 s and shortened to 1 s;
 * - warm getConfig with 50 windows against the same config with none (same run).
 * It only prints; it never asserts.
 */
import "./bench-environment";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION, startDynamoDbLocal } from "@flow-configs/local-aws";
import type { FlowConfigBody, ScheduledChange } from "@flow-configs/model";
import { DynamoDbConfigStore } from "../src/adapters/dynamodb-config-store";
import { createConfigTable } from "../src/adapters/dynamodb-table";
import { getConfig } from "../src/domain/get-config";
import { createContactFlowReader } from "../src/handlers/contact-flow-reader";

const TABLE = "flow-configs-schedule-bench";
const BOUNDARIES = 20;
const WINDOW_MS = 400;
const WARM_CALLS = 20_000;

const queue = (id: string, scheduledChanges: ScheduledChange[] = []): FlowConfigBody => ({
  id,
  kind: "standard",
  description: "Main inbound queue",
  languages: ["en-US", "es-US"],
  defaultLanguage: "en-US",
  variables: Array.from({ length: 20 }, (_, index) => ({ name: `Variable${index}`, type: "string", value: `value ${index}` })),
  prompts: Array.from({ length: 12 }, (_, index) => ({
    name: `Prompt${index}`,
    values: { "en-US": { voice: `Prompt ${index}, thank you for calling.` }, "es-US": { voice: `Mensaje ${index}, gracias por llamar.` } },
  })),
  lookupKeys: [],
  templateId: null,
  ...(scheduledChanges.length > 0 && { scheduledChanges }),
});

const window = (index: number, fromMs: number, toMs: number, value: string): ScheduledChange => ({
  id: `w${index}`,
  from: new Date(fromMs).toISOString(),
  to: new Date(toMs).toISOString(),
  patch: { variables: [{ name: "Variable0", value }], prompts: [] },
  createdBy: "bench",
  createdAt: new Date().toISOString(),
});

const record = { action: "create" as const, by: "bench", at: new Date().toISOString(), changes: [] };
const event = (id: string) => ({ Details: { ContactData: { Channel: "VOICE" }, Parameters: { id } } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN;

/** Windows back to back, `WINDOW_MS` each, from `startMs`: every `from` and `to` is a boundary where Variable0 changes. */
function backToBack(startMs: number): ScheduledChange[] {
  return Array.from({ length: BOUNDARIES / 2 }, (_, index) => {
    const fromMs = startMs + index * 2 * WINDOW_MS;
    return window(index, fromMs, fromMs + WINDOW_MS, `open ${index}`);
  });
}

/** Polls getConfig every few ms through the Lambda's cached reader; the lag of each boundary is when its value first shows. */
async function boundaryLags(store: DynamoDbConfigStore, ttlSeconds: number): Promise<number[]> {
  process.env.CONFIG_CACHE_TTL_SECONDS = String(ttlSeconds);
  const reader = createContactFlowReader();
  const id = `Lag-${ttlSeconds}`;
  const startMs = Date.now() + 1500;
  const windows = backToBack(startMs);
  await store.create(queue(id, windows), record);
  const boundaries = windows.flatMap((entry, index) => [
    { atMs: Date.parse(entry.from), value: `open ${index}` },
    { atMs: Date.parse(entry.to ?? ""), value: "value 0" },
  ]);
  await getConfig(reader, event(id));
  const lags: number[] = [];
  for (const boundary of boundaries) {
    while (true) {
      const values = await getConfig(reader, event(id));
      const now = Date.now();
      if (values.Variable0 === boundary.value && now >= boundary.atMs) {
        lags.push(now - boundary.atMs);
        break;
      }
      await sleep(2);
    }
  }
  return lags;
}

async function warmMedian(reader: ReturnType<typeof createContactFlowReader>, id: string): Promise<number> {
  for (let index = 0; index < 2000; index++) await getConfig(reader, event(id));
  const samples: number[] = [];
  for (let index = 0; index < WARM_CALLS; index++) {
    const start = performance.now();
    await getConfig(reader, event(id));
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function scheduleBench(): Promise<void> {
  const dynamoDb = await startDynamoDbLocal({ port: 0, inMemory: true });
  try {
    Object.assign(process.env, {
      TABLE_NAME: TABLE,
      AWS_REGION: LOCAL_AWS_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_AWS_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_AWS_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: dynamoDb.endpoint,
    });
    const client = new DynamoDBClient({ endpoint: dynamoDb.endpoint, region: LOCAL_AWS_REGION, credentials: LOCAL_AWS_CREDENTIALS });
    await createConfigTable(client, TABLE);
    const store = new DynamoDbConfigStore(client, TABLE);

    console.log("\nScheduled changes (issue 14)");
    for (const ttl of [5, 1]) {
      const lags = await boundaryLags(store, ttl);
      console.log(
        `  boundary → getConfig lag over ${lags.length} boundaries, cache TTL ${ttl} s: p50 ${median(lags)} ms, max ${Math.max(...lags)} ms (goal ≤ ${ttl * 1000} ms)`,
      );
    }

    process.env.CONFIG_CACHE_TTL_SECONDS = "60";
    const now = Date.now();
    const future = Array.from({ length: 50 }, (_, index) => window(index, now + (index + 1) * 3_600_000, now + (index + 2) * 3_600_000, `later ${index}`));
    const oneOpen = [window(99, now - 3_600_000, now + 86_400_000, "open now"), ...future.slice(1)];
    await store.create(queue("NoWindows"), record);
    await store.create(queue("FiftyWindows", future), record);
    await store.create(queue("FiftyWindowsOneOpen", oneOpen), record);
    const reader = createContactFlowReader();
    const none = await warmMedian(reader, "NoWindows");
    const fifty = await warmMedian(reader, "FiftyWindows");
    const fiftyOneOpen = await warmMedian(reader, "FiftyWindowsOneOpen");
    const us = (value: number) => `${(value * 1000).toFixed(1)} µs`;
    console.log(`  warm getConfig p50, no windows: ${us(none)}`);
    console.log(`  warm getConfig p50, 50 windows (none open): ${us(fifty)} = ${(fifty / none).toFixed(2)}× (goal ≤ 1.1×)`);
    console.log(`  warm getConfig p50, 50 windows (one open): ${us(fiftyOneOpen)} = ${(fiftyOneOpen / none).toFixed(2)}× (goal ≤ 1.1×)`);
  } finally {
    await dynamoDb.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await scheduleBench();
