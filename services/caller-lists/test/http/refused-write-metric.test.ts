import { metrics } from "@flow-configs/service/observability/metrics";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiHarness, type ApiHarness } from "../support/api-harness";

let api: ApiHarness;
beforeAll(async () => {
  process.env.POWERTOOLS_METRICS_DISABLED = "false";
  api = await createApiHarness();
});
afterAll(() => api.close());

/** The metrics the next EMF flush publishes, with their values (a metric recorded n times has n values). */
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

describe("a refused Caller Lists write is the same metric as a refused Flow Configs save", () => {
  it("counts each write the API refuses, and no refused read", async () => {
    metrics.clearMetrics();
    expect((await api.request("POST", "/caller-lists/vip/entries", { as: "readOnly", body: { entries: [{ number: "+15125550100" }] } })).status).toBe(403);
    expect((await api.request("POST", "/caller-lists", { body: { id: "vip", kind: "vip" } })).status).toBe(409);
    expect((await api.request("GET", "/caller-lists/no-such-list")).status).toBe(404);

    expect(flushedMetrics()).toMatchObject({ SaveRefused: [1, 1], refusedCode: "Conflict" });
  });
});
