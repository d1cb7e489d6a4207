import type { HistoryEntry } from "@flow-configs/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, type ApiHarness } from "../support/api-harness";

let api: ApiHarness;

beforeAll(async () => {
  api = await createApiHarness();
});
afterAll(() => api.close());

describe("optimistic locking through the API", () => {
  it("lets exactly one of 20 concurrent PATCHes with the same If-Match win", async () => {
    const version = await api.versionOf("BasicQueue");
    const historyBefore = await api.store.history("BasicQueue");

    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        api.request("PATCH", "/flow-configs/BasicQueue/values", {
          as: "business",
          ifMatch: version,
          body: { prompts: [{ name: "ClosureMessage", values: { "en-US": { voice: `Closed, writer ${index}.` } } }] },
        }),
      ),
    );

    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(19);

    const history: HistoryEntry[] = await api.store.history("BasicQueue");
    expect(history).toHaveLength(historyBefore.length + 1);
    expect(await api.versionOf("BasicQueue")).toBe(version + 1);
    const winner = (await responses[statuses.indexOf(200)]!.json()) as { prompts: { name: string; values: Record<string, { voice?: string }> }[] };
    const stored = await api.store.get("BasicQueue");
    expect(stored?.prompts.find((p) => p.name === "ClosureMessage")?.values["en-US"]?.voice).toBe(
      winner.prompts.find((p) => p.name === "ClosureMessage")?.values["en-US"]?.voice,
    );
  });
});
