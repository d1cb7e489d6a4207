import { contactFlowEvent, LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION } from "@flow-configs/local-aws";
import type { Context } from "aws-lambda";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import type { CallerListReader } from "../../src/ports/caller-list-store";
import { CachedCallerListReader } from "../../src/domain/check-caller-list";
import { CALLER_LISTS_TABLE_ENV } from "../../src/handlers/table-name";
import { createTestTable } from "../support/caller-list-table";
import { aList, anEntry } from "../support/factories";

const CALLER = "+15125550100";
let table: Awaited<ReturnType<typeof createTestTable>>;
let output: string[];

beforeAll(async () => {
  table = await createTestTable();
  await table.store.createList(aList({ id: "bad-callers", kind: "block" }));
  await table.store.putEntries("bad-callers", [anEntry(CALLER, { reason: "fraud" })]);
  // Logs and EMF metrics on, as in Lambda; the handler reads its environment once, when imported
  Object.assign(process.env, {
    [CALLER_LISTS_TABLE_ENV]: table.tableName,
    AWS_ENDPOINT_URL_DYNAMODB: inject("dynamoDbEndpoint"),
    AWS_REGION: LOCAL_AWS_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_AWS_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_AWS_CREDENTIALS.secretAccessKey,
    POWERTOOLS_LOG_LEVEL: "DEBUG",
    POWERTOOLS_METRICS_DISABLED: "false",
  });
});
afterAll(() => table.close());

// Powertools writes logs (errors to stderr) and EMF documents (stdout), one JSON document a line
beforeEach(() => {
  output = [];
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    });
  }
});
afterEach(() => vi.restoreAllMocks());

const context = { functionName: "fc-check-caller-list", awsRequestId: "request-7", invokedFunctionArn: "arn", memoryLimitInMB: "512" } as Context;
const printed = () => output.join("");
const metricNames = () =>
  output
    .flatMap((line) => line.split("\n"))
    .filter((line) => line.includes('"CloudWatchMetrics"'))
    .flatMap((line) => (JSON.parse(line) as { _aws: { CloudWatchMetrics: { Metrics: { Name: string }[] }[] } })._aws.CloudWatchMetrics[0]?.Metrics.map((metric) => metric.Name) ?? []);

describe("checkCallerList's logs and metrics", () => {
  it("logs a failure with the function's request id and the list asked for, never the caller's number", async () => {
    const { handler } = await import("../../src/handlers/check-caller-list");
    await expect(handler(contactFlowEvent({ parameters: { listId: "no-such-list", ani: CALLER } }), context)).rejects.toMatchObject({ name: "UnknownCallerList" });
    expect(printed()).toContain("checkCallerList failed");
    expect(printed()).toContain('"function_request_id":"request-7"');
    expect(printed()).toContain('"function_name":"fc-check-caller-list"');
    expect(printed()).toContain('"listId":"no-such-list"');
    expect(printed()).not.toContain(CALLER);
    expect(printed()).not.toContain(CALLER.slice(2));
  });

  it("publishes a cache miss for a new caller, then a hit for the same one", async () => {
    const { handler } = await import("../../src/handlers/check-caller-list");
    expect(await handler(contactFlowEvent({ parameters: { listId: "bad-callers" }, customerNumber: CALLER }), context)).toMatchObject({ onList: "true" });
    expect(metricNames()).toEqual(expect.arrayContaining(["CallerListCacheMiss"]));
    output.length = 0;
    await handler(contactFlowEvent({ parameters: { listId: "bad-callers" }, customerNumber: CALLER }), context);
    // The list and the entry both came from the container: hits only (EMF sums them under one name)
    expect(metricNames()).toEqual(["CallerListCacheHit"]);
  });

  it("makes a stale answer served when DynamoDB fails a metric, not only a log line", async () => {
    const { CALLER_LIST_CACHE_METRIC } = await import("../../src/handlers/check-caller-list");
    const { cacheCounters, metrics } = await import("@flow-configs/service/observability/metrics");
    let now = 0;
    let failing = false;
    const flaky: CallerListReader = {
      getList: (id) => (failing ? Promise.reject(new Error("DynamoDB is unreachable")) : table.store.getList(id)),
      getEntry: (id, number) => (failing ? Promise.reject(new Error("DynamoDB is unreachable")) : table.store.getEntry(id, number)),
    };
    const warn = vi.fn();
    const cached = new CachedCallerListReader(flaky, 1000, { warn, ...cacheCounters(CALLER_LIST_CACHE_METRIC) }, () => now);
    await cached.lookup("bad-callers", CALLER);
    failing = true;
    now = 5000;
    expect((await cached.lookup("bad-callers", CALLER)).entry).toMatchObject({ reason: "fraud" });
    metrics.publishStoredMetrics();
    expect(metricNames()).toContain("CallerListStaleServed");
    expect(warn).toHaveBeenCalledWith("serving a stale value: the refresh failed", expect.objectContaining({ ageMs: 5000 }));
  });
});
