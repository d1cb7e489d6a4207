/**
 * `npm run bench -w @flow-configs/service`: prints getConfig latency against a raw GetItem of the same
 * item (one run, one DynamoDB Local), the get-config bundle's size and module load time, and the field-office
 * figures of issue 6 (bench/field-offices.ts).
 * It only prints; it never asserts.
 */
import "./bench-environment";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION, startDynamoDbLocal } from "@flow-configs/local-aws";
import type { FlowConfigBody } from "@flow-configs/model";
import { currentKey } from "@flow-configs/model/storage-layout";
import type { Context } from "aws-lambda";
import { build } from "esbuild";
import { DynamoDbConfigStore } from "../src/adapters/dynamodb-config-store";
import { createConfigTable } from "../src/adapters/dynamodb-table";
import { fieldOfficesBench, printFieldOffices } from "./field-offices";

const TABLE = "flow-configs-bench";
const COLD_COPIES = 600;
const WARM_CALLS = 5000;
const RAW_CALLS = 1000;
const LOAD_RUNS = 11;
/** Issue 12's goals: against a raw SDK GetItem of the same item, and a handler that only does that GetItem. */
const GOALS = { warmRatio: 0.05, missRatio: 1.15, bundleKb: 250, loadRatio: 1.5 };

/** The comparison handler: the same GetItem with the SDK's DynamoDB client and nothing else. */
const RAW_GET_ITEM_HANDLER = `
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
const client = new DynamoDBClient({});
export const handler = () => client.send(new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { PK: { S: "CONFIG#BenchQueue" }, SK: { S: "CURRENT" } } }));
`;

/** A realistic main-queue config: 20 variables, 12 prompts in 3 languages with chat variants (about 9 KB). */
function realisticConfig(id: string): FlowConfigBody {
  const languages = ["en-US", "es-US", "fr-CA"];
  return {
    id,
    kind: "standard",
    description: "Main inbound queue",
    languages,
    defaultLanguage: "en-US",
    variables: Array.from({ length: 20 }, (_, index) => ({
      name: `Variable${index}`,
      type: index % 2 ? "boolean" : "string",
      value: index % 2 ? "false" : `value number ${index} for the flow`,
      description: `What variable ${index} switches in the flow`,
    })),
    prompts: Array.from({ length: 12 }, (_, index) => ({
      name: `Prompt${index}`,
      values: Object.fromEntries(
        languages.map((language) => [
          language,
          {
            voice: `<speak>Prompt ${index} in ${language}: thank you for calling, your call is important to us.</speak>`,
            chat: `Prompt ${index} in ${language}: thank you for chatting with us.`,
          },
        ]),
      ),
    })),
    lookupKeys: [],
    templateId: null,
  };
}

const percentile = (samples: number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const median = (samples: number[]) => percentile(samples, 50);

async function time(call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await call();
  return performance.now() - start;
}

/** The Lambda context the handler's middleware reads (function name, request id). */
const benchContext = { functionName: "flow-configs-get-config", awsRequestId: "bench", invokedFunctionArn: "bench", memoryLimitInMB: "512" } as Context;

function contactEvent(id: string) {
  return {
    Name: "ContactFlowEvent",
    Details: {
      ContactData: { Channel: "VOICE", LanguageCode: "es-MX", SystemEndpoint: { Address: "+18005550100" }, CustomerEndpoint: { Address: "+15555550123" } },
      Parameters: { id },
    },
  };
}

const ms = (value: number) => `${value.toFixed(3)} ms`;
const verdict = (ok: boolean) => (ok ? "meets goal" : "MISSES goal");

async function latency(endpoint: string) {
  process.env.TABLE_NAME = TABLE;
  process.env.AWS_ENDPOINT_URL_DYNAMODB = endpoint;
  process.env.AWS_REGION = LOCAL_AWS_REGION;
  process.env.AWS_ACCESS_KEY_ID = LOCAL_AWS_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = LOCAL_AWS_CREDENTIALS.secretAccessKey;
  process.env.CONFIG_CACHE_TTL_SECONDS = "3600";
  process.env.POWERTOOLS_LOG_LEVEL = "ERROR";

  const client = new DynamoDBClient({ endpoint, region: LOCAL_AWS_REGION, credentials: LOCAL_AWS_CREDENTIALS });
  await createConfigTable(client, TABLE);
  const store = new DynamoDbConfigStore(client, TABLE);
  const record = { action: "create" as const, by: "bench", at: new Date().toISOString(), changes: [] };
  await store.create(realisticConfig("BenchQueue"), record);
  for (let copy = 0; copy < COLD_COPIES; copy += 1) await store.create(realisticConfig(`BenchQueue-${copy}`), record);

  const { handler } = await import("../src/handlers/get-config");
  const rawGet = (id: string) =>
    client.send(new GetItemCommand({ TableName: TABLE, Key: marshall(currentKey(id)) }));

  // Warm both paths (JIT, connections) before measuring.
  for (let index = 0; index < 200; index += 1) {
    await rawGet("BenchQueue");
    await handler(contactEvent("BenchQueue"), benchContext);
  }

  // Interleaved so both see the same machine load: a raw GetItem, then a getConfig of a config never read (a miss).
  const raw: number[] = [];
  const miss: number[] = [];
  for (let copy = 0; copy < COLD_COPIES; copy += 1) {
    raw.push(await time(() => rawGet(`BenchQueue-${copy}`)));
    miss.push(await time(() => handler(contactEvent(`BenchQueue-${copy}`), benchContext)));
  }
  for (let index = raw.length; index < RAW_CALLS; index += 1) raw.push(await time(() => rawGet("BenchQueue")));
  const warm: number[] = [];
  for (let index = 0; index < WARM_CALLS; index += 1) warm.push(await time(() => handler(contactEvent("BenchQueue"), benchContext)));
  client.destroy();

  const rawP50 = median(raw);
  const item = await store.get("BenchQueue");
  return {
    itemBytes: JSON.stringify(item).length,
    rawP50,
    rawP99: percentile(raw, 99),
    warmP50: median(warm),
    warmP99: percentile(warm, 99),
    missP50: median(miss),
    missP99: percentile(miss, 99),
  };
}

/** Bundles an entry as CDK's NodejsFunction bundles an ESM Lambda: minified, node22, with a require shim for CommonJS dependencies. */
async function bundleLambda(outfile: string, entry: { file: string } | { contents: string }): Promise<number> {
  await build({
    ...("file" in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.contents, resolveDir: fileURLToPath(new URL(".", import.meta.url)), loader: "ts" as const } }),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node22",
    mainFields: ["module", "main"],
    outfile,
    banner: { js: "import { createRequire } from 'module';const require = createRequire(import.meta.url);" },
    logLevel: "error",
  });
  return statSync(outfile).size / 1024;
}

async function bundle() {
  const directory = mkdtempSync(join(tmpdir(), "flow-configs-bench-"));
  const getConfigFile = join(directory, "get-config.mjs");
  const rawFile = join(directory, "raw-get-item.mjs");
  const kb = await bundleLambda(getConfigFile, { file: fileURLToPath(new URL("../src/handlers/get-config.ts", import.meta.url)) });
  const rawKb = await bundleLambda(rawFile, { contents: RAW_GET_ITEM_HANDLER });
  // The same import of an empty module, in the same way, shows what the machine costs on its own.
  const emptyModule = join(directory, "empty.mjs");
  writeFileSync(emptyModule, "export {};\n");
  const loadTime = (file: string) => {
    const script = `const start = performance.now(); await import(${JSON.stringify(file)}); process.stdout.write(String(performance.now() - start));`;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      env: { ...process.env, TABLE_NAME: TABLE, AWS_REGION: LOCAL_AWS_REGION },
    });
    return Number(output.toString());
  };
  // Interleaved run by run, so both handlers see the same machine load
  const loads: number[] = [];
  const rawLoads: number[] = [];
  const baselines: number[] = [];
  for (let run = 0; run < LOAD_RUNS; run += 1) {
    loads.push(loadTime(getConfigFile));
    rawLoads.push(loadTime(rawFile));
    baselines.push(loadTime(emptyModule));
  }
  rmSync(directory, { recursive: true, force: true });
  return { kb, rawKb, loadMs: median(loads), rawLoadMs: median(rawLoads), loads, rawLoads, baselineMs: median(baselines) };
}

async function main() {
  console.log("Flow Configs bench — getConfig against DynamoDB Local (in memory), one run\n");
  const dynamoDb = await startDynamoDbLocal({ inMemory: true });
  let figures: Awaited<ReturnType<typeof latency>>;
  let offices: Awaited<ReturnType<typeof fieldOfficesBench>>;
  try {
    figures = await latency(dynamoDb.endpoint);
    offices = await fieldOfficesBench(dynamoDb.endpoint);
  } finally {
    await dynamoDb.stop();
  }
  const size = await bundle();

  const warmRatio = figures.warmP50 / figures.rawP50;
  const missRatio = figures.missP50 / figures.rawP50;
  console.log(`item: a realistic config, ~${(figures.itemBytes / 1024).toFixed(1)} KB as JSON`);
  console.log(`raw GetItem (same item size)   p50 ${ms(figures.rawP50)}   p99 ${ms(figures.rawP99)}`);
  console.log(`getConfig warm (cached)        p50 ${ms(figures.warmP50)}   p99 ${ms(figures.warmP99)}   ratio ${warmRatio.toFixed(3)}× GetItem (goal ≤ ${GOALS.warmRatio}×: ${verdict(warmRatio <= GOALS.warmRatio)})`);
  console.log(`getConfig cache miss           p50 ${ms(figures.missP50)}   p99 ${ms(figures.missP99)}   ratio ${missRatio.toFixed(3)}× GetItem (goal ≤ ${GOALS.missRatio}×: ${verdict(missRatio <= GOALS.missRatio)})`);
  const loadRatio = size.loadMs / size.rawLoadMs;
  console.log(`get-config bundle (esbuild, minified ESM, node22)   ${size.kb.toFixed(1)} KB (goal ≤ ${GOALS.bundleKb} KB: ${verdict(size.kb <= GOALS.bundleKb)})`);
  console.log(`  a handler that only does the SDK GetItem, bundled the same way: ${size.rawKb.toFixed(1)} KB (the full SDK client alone would ${size.rawKb <= GOALS.bundleKb ? "meet" : "miss"} the goal)`);
  console.log(
    `get-config module load (fresh process, median of ${LOAD_RUNS})   ${size.loadMs.toFixed(1)} ms   SDK GetItem handler ${size.rawLoadMs.toFixed(1)} ms   ratio ${loadRatio.toFixed(2)}× (goal ≤ ${GOALS.loadRatio}×: ${verdict(loadRatio <= GOALS.loadRatio)})`,
  );
  console.log(`  runs: get-config ${size.loads.map((load) => load.toFixed(1)).join(", ")}; SDK GetItem handler ${size.rawLoads.map((load) => load.toFixed(1)).join(", ")}; an empty module ${size.baselineMs.toFixed(1)} ms median`);
  printFieldOffices(offices);
}

await main();
