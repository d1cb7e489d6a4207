import { captureLambdaOutput } from "@flow-configs/local-aws";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CachedConfigReader } from "../../src/domain/cached-config-reader";
import type { ConfigReader } from "../../src/ports/config-reader";
import { aContactFlowEvent } from "../support/contact-flow-events";
import { aLambdaContext, lambdaEnvironment } from "../support/lambda-environment";
import { seedConfigs } from "../support/seed-configs";
import { createTestTable } from "../store/config-table";

const CALLER = "+15555550123";
let table: Awaited<ReturnType<typeof createTestTable>>;

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

const context = aLambdaContext();

describe("the contact-flow Lambdas' logs never hold the caller's number", () => {
  it("getConfig logs a failure with the request id and what was asked for, without the caller", async () => {
    const { handler } = await import("../../src/handlers/get-config");
    const { text } = await captureLambdaOutput(async () => {
      await expect(handler(aContactFlowEvent({ parameters: { id: "Nope", ani: CALLER } }), context)).rejects.toMatchObject({ name: "UnknownFlowConfig" });
    });
    expect(text).toContain("getConfig failed");
    expect(text).toContain("request-1");
    expect(text).toContain('"id":"Nope"');
    expect(text).not.toContain(CALLER);
  });

  it("isBadActor logs a failure without the number it checked", async () => {
    const { handler } = await import("../../src/handlers/is-bad-actor");
    const { text } = await captureLambdaOutput(async () => {
      await expect(handler(aContactFlowEvent({ parameters: { listId: "no-such-list", ani: CALLER } }), context)).rejects.toThrow();
      await handler(aContactFlowEvent({ parameters: { ani: CALLER } }), context);
    });
    expect(text).toContain("isBadActor failed");
    expect(text).not.toContain(CALLER);
    expect(text).not.toContain(CALLER.slice(1));
  });
});

describe("the contact-flow Lambdas' metrics (EMF)", () => {
  it("getConfig publishes a cache miss, then a hit, and the response's size", async () => {
    const { handler } = await import("../../src/handlers/get-config");
    const { metricNames } = await captureLambdaOutput(async () => {
      await handler(aContactFlowEvent({ parameters: { id: "Office-Austin" } }), context);
      await handler(aContactFlowEvent({ parameters: { id: "Office-Austin" } }), context);
    });
    expect(metricNames).toEqual(expect.arrayContaining(["ConfigCacheMiss", "ConfigCacheHit", "ContactFlowResponseBytes"]));
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
    const { metricNames } = await captureLambdaOutput(() => metrics.publishStoredMetrics());
    expect(metricNames).toContain("ConfigStaleServed");
  });
});
