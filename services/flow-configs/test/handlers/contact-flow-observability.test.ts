import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { CachedConfigReader } from "../../src/domain/cached-config-reader";
import type { ConfigReader } from "../../src/ports/config-reader";
import { aContactFlowEvent } from "../support/contact-flow-events";
import { aLambdaContext, lambdaEnvironment } from "../support/lambda-environment";
import { seedConfigs } from "../support/seed-configs";
import { createTestTable } from "../store/config-table";

const CALLER = "+15555550123";
let table: Awaited<ReturnType<typeof createTestTable>>;
let output: string[];

beforeAll(async () => {
  table = await createTestTable();
  await seedConfigs(table.store);
  // Logs and EMF metrics on, as in Lambda; the handlers read their environment once, when imported
  Object.assign(process.env, {
    ...lambdaEnvironment(table.tableName),
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

const context = aLambdaContext();
const printed = () => output.join("");
const metricNames = () =>
  output
    .flatMap((line) => line.split("\n"))
    .filter((line) => line.includes('"CloudWatchMetrics"'))
    .flatMap((line) => (JSON.parse(line) as { _aws: { CloudWatchMetrics: { Metrics: { Name: string }[] }[] } })._aws.CloudWatchMetrics[0]?.Metrics.map((metric) => metric.Name) ?? []);

describe("the contact-flow Lambdas' logs never hold the caller's number", () => {
  it("getConfig logs a failure with the request id and what was asked for, without the caller", async () => {
    const { handler } = await import("../../src/handlers/get-config");
    await expect(handler(aContactFlowEvent({ parameters: { id: "Nope", ani: CALLER } }), context)).rejects.toMatchObject({ name: "UnknownFlowConfig" });
    expect(printed()).toContain("getConfig failed");
    expect(printed()).toContain("request-1");
    expect(printed()).toContain('"id":"Nope"');
    expect(printed()).not.toContain(CALLER);
  });

  it("isBadActor logs a failure without the number it checked", async () => {
    const { handler } = await import("../../src/handlers/is-bad-actor");
    await expect(handler(aContactFlowEvent({ parameters: { listId: "no-such-list", ani: CALLER } }), context)).rejects.toThrow();
    await handler(aContactFlowEvent({ parameters: { ani: CALLER } }), context);
    expect(printed()).toContain("isBadActor failed");
    expect(printed()).not.toContain(CALLER);
    expect(printed()).not.toContain(CALLER.slice(1));
  });
});

describe("the contact-flow Lambdas' metrics (EMF)", () => {
  it("getConfig publishes a cache miss, then a hit, and the response's size", async () => {
    const { handler } = await import("../../src/handlers/get-config");
    await handler(aContactFlowEvent({ parameters: { id: "Office-Austin" } }), context);
    await handler(aContactFlowEvent({ parameters: { id: "Office-Austin" } }), context);
    expect(metricNames()).toEqual(expect.arrayContaining(["ConfigCacheMiss", "ConfigCacheHit", "ContactFlowResponseBytes"]));
  });

  it("makes a stale value served when DynamoDB fails a metric, not only a log line", async () => {
    const { cacheMetrics, metrics } = await import("../../src/observability/metrics");
    let now = 0;
    let failing = false;
    const reader: ConfigReader = {
      get: async (id) => {
        if (failing) throw new Error("DynamoDB is unreachable");
        return (await table.store.get(id)) ?? null;
      },
      findIdByLookupKey: async () => null,
    };
    const cached = new CachedConfigReader(reader, 1000, { warn: vi.fn(), ...cacheMetrics }, () => now);
    await cached.get("BasicQueue");
    failing = true;
    now = 5000;
    expect(await cached.get("BasicQueue")).toMatchObject({ id: "BasicQueue" });
    metrics.publishStoredMetrics();
    expect(metricNames()).toContain("ConfigStaleServed");
  });
});
