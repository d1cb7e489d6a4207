import { captureLambdaOutput } from "@flow-configs/local-aws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metrics } from "../../src/observability/metrics";
import { createApiHarness, type ApiHarness } from "../support/api-harness";

let api: ApiHarness;
beforeAll(async () => {
  process.env.POWERTOOLS_METRICS_DISABLED = "false";
  api = await createApiHarness();
});
afterAll(() => api.close());

describe("a refused save is a metric operators can alarm on", () => {
  it("counts each write the API refuses, and no refused read", async () => {
    metrics.clearMetrics();
    const version = await api.versionOf("BasicQueue");
    const unknownEntry = { variables: [{ name: "NoSuchVariable", value: "x" }] };
    expect((await api.request("PATCH", "/flow-configs/BasicQueue/values", { as: "admin", ifMatch: version, body: unknownEntry })).status).toBe(400);
    expect((await api.request("PATCH", "/flow-configs/BasicQueue/values", { as: "admin", ifMatch: version + 5, body: { variables: [] } })).status).toBe(412);
    expect((await api.request("GET", "/flow-configs/NoSuchConfig", { as: "admin" })).status).toBe(404);

    // What the next EMF flush publishes: a metric recorded n times has n values
    const { emf } = await captureLambdaOutput(() => metrics.publishStoredMetrics());
    expect(emf[0]).toMatchObject({ SaveRefused: [1, 1] });
  });
});
