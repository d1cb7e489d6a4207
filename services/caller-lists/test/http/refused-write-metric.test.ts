import { captureLambdaOutput } from "@flow-configs/local-aws";
import { metrics } from "@flow-configs/service/observability/metrics";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, type ApiHarness } from "../support/api-harness";

let api: ApiHarness;
beforeAll(async () => {
  process.env.POWERTOOLS_METRICS_DISABLED = "false";
  api = await createApiHarness();
});
afterAll(() => api.close());

describe("a refused Caller Lists write is the same metric as a refused Flow Configs save", () => {
  it("counts each write the API refuses, and no refused read", async () => {
    metrics.clearMetrics();
    expect((await api.request("POST", "/caller-lists/vip/entries", { as: "readOnly", body: { entries: [{ number: "+15125550100" }] } })).status).toBe(403);
    expect((await api.request("POST", "/caller-lists", { body: { id: "vip", kind: "vip" } })).status).toBe(409);
    expect((await api.request("GET", "/caller-lists/no-such-list")).status).toBe(404);

    // What the next EMF flush publishes: a metric recorded n times has n values
    const { emf } = await captureLambdaOutput(() => metrics.publishStoredMetrics());
    expect(emf[0]).toMatchObject({ SaveRefused: [1, 1], refusedCode: "Conflict" });
  });
});
