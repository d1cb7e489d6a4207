/**
 * `npm run bench -w @flow-configs/caller-lists-service`: prints checkCallerList's cache-miss latency against
 * one raw GetItem of an entry (same run, same client, same DynamoDB Local), and the time and rows/s of a
 * 100 000-row CSV import through the import use case (BatchWriteItem, parallel batches, bounded retries).
 * It only prints; it never asserts.
 */
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { contactFlowEvent, LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION, startDynamoDbLocal } from "@flow-configs/local-aws";
import { createCallerListTable } from "../src/adapters/caller-list-table";
import { DynamoDbCallerListReader } from "../src/adapters/dynamodb-caller-list-reader";
import { DynamoDbCallerListStore } from "../src/adapters/dynamodb-caller-list-store";
import { CachedCallerListReader, checkCallerList } from "../src/domain/check-caller-list";
import { importEntriesCsv } from "../src/use-cases/entries-csv";

const TABLE = "caller-lists-bench";
const LIST_ENTRIES = 2000;
const CALLS = 1500;
const IMPORT_ROWS = 100_000;
const GOALS = { missRatio: 1.15, importSeconds: 60 };
const silent = { warn: () => undefined };

const number = (index: number) => `+1512${String(1_000_000 + index).padStart(7, "0")}`;
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN;
const ms = (value: number) => `${value.toFixed(3)} ms`;

async function time(call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await call();
  return performance.now() - start;
}

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
  const dynamoDb = await startDynamoDbLocal({ port: 0, inMemory: true, startTimeoutMs: 90_000 });
  const client = new DynamoDBClient({ endpoint: dynamoDb.endpoint, region: LOCAL_AWS_REGION, credentials: LOCAL_AWS_CREDENTIALS });
  try {
    await createCallerListTable(client, TABLE);
    const store = new DynamoDbCallerListStore(client, TABLE);
    const now = new Date();
    await store.createList({ id: "bench", kind: "block", description: "", createdBy: "bench", createdAt: now.toISOString() });
    await store.putEntries("bench", Array.from({ length: LIST_ENTRIES }, (_, index) => ({ number: number(index), reason: "fraud", addedBy: "bench", addedAt: now.toISOString() })));

    // Cache miss: a caller not seen before (the common case), the list's item already cached. Interleaved with a
    // raw GetItem of another entry so both see the same JVM and machine load.
    const reader = new CachedCallerListReader(new DynamoDbCallerListReader(client, TABLE), 3_600_000, silent);
    const check = (index: number) => checkCallerList(reader, contactFlowEvent({ parameters: { listId: "bench" }, customerNumber: number(index) }), now);
    const rawGetItem = (index: number) =>
      client.send(new GetItemCommand({ TableName: TABLE, Key: { PK: { S: "ENTRIES#bench" }, SK: { S: number(index) } } }));
    for (let index = 0; index < 200; index += 1) await Promise.all([check(LIST_ENTRIES - 1 - index), rawGetItem(index)]);
    const misses: number[] = [];
    const raws: number[] = [];
    for (let index = 0; index < CALLS; index += 1) {
      misses.push(await time(() => check(index)));
      raws.push(await time(() => rawGetItem(index)));
    }
    // Cold: neither the list nor the caller cached (a fresh container); the two GetItems run in parallel.
    const colds: number[] = [];
    for (let index = 0; index < 300; index += 1) {
      const fresh = new CachedCallerListReader(new DynamoDbCallerListReader(client, TABLE), 3_600_000, silent);
      colds.push(await time(() => checkCallerList(fresh, contactFlowEvent({ parameters: { listId: "bench" }, customerNumber: number(index) }), now)));
    }
    const ratio = median(misses) / median(raws);
    console.log(`\ncheckCallerList (${CALLS} calls, each a caller not seen before, list cached; DynamoDB Local)`);
    console.log(`  raw GetItem p50            ${ms(median(raws))}`);
    console.log(`  checkCallerList miss p50   ${ms(median(misses))}   ${ratio.toFixed(2)}× raw (goal ≤ ${GOALS.missRatio}×) ${ratio <= GOALS.missRatio ? "met" : "NOT met"}`);
    console.log(`  cold container p50         ${ms(median(colds))}   ${(median(colds) / median(raws)).toFixed(2)}× raw (list and entry read in parallel)`);

    await store.createList({ id: "imported", kind: "block", description: "", createdBy: "bench", createdAt: now.toISOString() });
    const csv = ["number,reason", ...Array.from({ length: IMPORT_ROWS }, (_, index) => `+1737${String(index).padStart(7, "0")},imported ${index}`)].join("\n");
    const admin = { username: "bench", groups: ["CallerListsAdmin"], scope: null };
    const deps = { store, authorizer: { isAllowed: async () => true }, now: () => new Date() };
    console.log(`\nCSV import of ${IMPORT_ROWS.toLocaleString("en-US")} rows (${(csv.length / 1e6).toFixed(1)} MB) into DynamoDB Local`);
    const start = performance.now();
    let nextReport = 20_000;
    const report = await importEntriesCsv(deps, admin, "imported", csv, {
      dryRun: false,
      onProgress: (written, total) => {
        if (written < nextReport && written < total) return;
        nextReport += 20_000;
        const seconds = (performance.now() - start) / 1000;
        console.log(`  ${String(written).padStart(7)} of ${total} rows   ${seconds.toFixed(1)} s   ${Math.round(written / seconds)} rows/s`);
      },
    });
    const seconds = (performance.now() - start) / 1000;
    const page = await store.queryEntries("imported", { prefix: "+1737", limit: 1, now: new Date() });
    console.log(`  stored ${report.valid} rows, rejected ${report.rejected}, in ${seconds.toFixed(1)} s = ${Math.round(report.valid / seconds)} rows/s (goal ≤ ${GOALS.importSeconds} s) ${seconds <= GOALS.importSeconds ? "met" : "NOT met"}`);
    console.log(`  first imported entry reads back: ${page.items[0]?.number ?? "none"}`);
  } finally {
    client.destroy();
    await dynamoDb.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
