import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { metrics } from "../../src/observability/metrics";
import { createApiHarness, type ApiHarness } from "../support/api-harness";

let api: ApiHarness;
beforeAll(async () => {
  process.env.POWERTOOLS_METRICS_DISABLED = "false";
  api = await createApiHarness();
});
afterAll(() => api.close());

/** The metrics the next EMF flush publishes, with their values (the count of a metric recorded n times is n values). */
function flushedMetrics(): Record<string, unknown> {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    metrics.publishStoredMetrics();
  } finally {
    spy.mockRestore();
  }
  const emf = lines.join("").split("\n").find((line) => line.includes('"CloudWatchMetrics"'));
  return emf ? (JSON.parse(emf) as Record<string, unknown>) : {};
}

describe("a refused save is a metric operators can alarm on", () => {
  it("counts each write the API refuses, and no refused read", async () => {
    metrics.clearMetrics();
    const version = await api.versionOf("BasicQueue");
    const unknownEntry = { variables: [{ name: "NoSuchVariable", value: "x" }] };
    expect((await api.request("PATCH", "/flow-configs/BasicQueue/values", { as: "admin", ifMatch: version, body: unknownEntry })).status).toBe(400);
    expect((await api.request("PATCH", "/flow-configs/BasicQueue/values", { as: "admin", ifMatch: version + 5, body: { variables: [] } })).status).toBe(412);
    expect((await api.request("GET", "/flow-configs/NoSuchConfig", { as: "admin" })).status).toBe(404);

    expect(flushedMetrics()).toMatchObject({ SaveRefused: [1, 1] });
  });
});
