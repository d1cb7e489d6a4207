import { captureLambdaOutput, contactFlowEvent, LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION } from "@flow-configs/local-aws";
import type { Context } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { CallerListReader } from "../../src/ports/caller-list-store";
import { CachedCallerListReader } from "../../src/domain/check-caller-list";
import { CALLER_LISTS_TABLE_ENV } from "../../src/handlers/table-name";
import { createTestTable } from "../support/caller-list-table";
import { aList, anEntry } from "../support/factories";

const CALLER = "+15125550100";
let table: Awaited<ReturnType<typeof createTestTable>>;

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

const context = { functionName: "fc-check-caller-list", awsRequestId: "request-7", invokedFunctionArn: "arn", memoryLimitInMB: "512" } as Context;

describe("checkCallerList's logs and metrics", () => {
  it("logs a failure with the function's request id and the list asked for, never the caller's number", async () => {
    const { handler } = await import("../../src/handlers/check-caller-list");
    const { text } = await captureLambdaOutput(async () => {
      await expect(handler(contactFlowEvent({ parameters: { listId: "no-such-list", ani: CALLER } }), context)).rejects.toMatchObject({ name: "UnknownCallerList" });
    });
    expect(text).toContain("checkCallerList failed");
    expect(text).toContain('"function_request_id":"request-7"');
    expect(text).toContain('"function_name":"fc-check-caller-list"');
    expect(text).toContain('"listId":"no-such-list"');
    expect(text).not.toContain(CALLER);
    expect(text).not.toContain(CALLER.slice(2));
  });

  it("publishes a cache miss for a new caller, then a hit for the same one", async () => {
    const { handler } = await import("../../src/handlers/check-caller-list");
    const call = () => handler(contactFlowEvent({ parameters: { listId: "bad-callers" }, customerNumber: CALLER }), context);
    const first = await captureLambdaOutput(async () => expect(await call()).toMatchObject({ onList: "true" }));
    expect(first.metricNames).toEqual(expect.arrayContaining(["CallerListCacheMiss"]));
    // The list and the entry both come from the container now: hits only (EMF sums them under one name)
    expect((await captureLambdaOutput(call)).metricNames).toEqual(["CallerListCacheHit"]);
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
    expect((await captureLambdaOutput(() => metrics.publishStoredMetrics())).metricNames).toContain("CallerListStaleServed");
    expect(warn).toHaveBeenCalledWith("serving a stale value: the refresh failed", expect.objectContaining({ ageMs: 5000 }));
  });
});
