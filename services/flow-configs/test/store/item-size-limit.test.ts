import { LIMITS, storedItemSize } from "@flow-configs/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aChangeRecord, aConfig, aPrompt } from "../support/factories";
import { createTestTable } from "./config-table";

let table: Awaited<ReturnType<typeof createTestTable>>;
beforeAll(async () => {
  table = await createTestTable();
});
afterAll(() => table.close());

/** A config whose Welcome prompt's en-US voice text is `bytes` long. */
function configWithPromptOf(id: string, bytes: number) {
  return aConfig({ id, prompts: [aPrompt({ values: { "en-US": { voice: "a".repeat(bytes) } } })] });
}

describe("DynamoDbConfigStore: the 400 KB item limit", () => {
  it("refuses to create a config over the limit, naming its size, and writes nothing", async () => {
    const huge = configWithPromptOf("Huge", 410_000);
    const size = storedItemSize({ ...huge, version: 1, updatedAt: "2026-11-24T10:00:00.000Z", updatedBy: "alex" });

    await expect(table.store.create(huge, aChangeRecord())).rejects.toMatchObject({
      code: "TooLarge",
      message: `flow config Huge would take ${size} bytes, over DynamoDB's item limit of ${LIMITS.itemBytes} bytes`,
    });
    expect(await table.allPartitions()).not.toContain("CONFIG#Huge");
  });

  it("refuses an update over the limit and keeps the version before it", async () => {
    await table.store.create(configWithPromptOf("Growing", 100), aChangeRecord());

    await expect(
      table.store.update("Growing", 1, configWithPromptOf("Growing", 410_000), aChangeRecord({ action: "replace" })),
    ).rejects.toMatchObject({ code: "TooLarge" });
    expect(await table.store.get("Growing")).toMatchObject({ version: 1 });
    expect(await table.sortKeys("CONFIG#Growing")).toEqual(["CURRENT", "SUMMARY", "VERSION#0000000001"]);
  });

  it("stores a config just under the limit", async () => {
    const nearlyFull = configWithPromptOf("Nearly-Full", 395_000);

    const stored = await table.store.create(nearlyFull, aChangeRecord());

    expect(storedItemSize(stored)).toBeLessThanOrEqual(LIMITS.itemBytes);
    expect(await table.store.get("Nearly-Full")).toEqual(stored);
  });

  it("keeps a history entry whose before/after values alone would not fit, without those values", async () => {
    await table.store.create(configWithPromptOf("Big-Change", 200_000), aChangeRecord());
    const change = { kind: "changed" as const, entry: "prompt" as const, name: "Welcome", field: "values.en-US.voice" };

    await table.store.update(
      "Big-Change",
      1,
      configWithPromptOf("Big-Change", 200_001),
      aChangeRecord({ action: "replace", changes: [{ ...change, before: "a".repeat(200_000), after: "a".repeat(200_001) }] }),
    );

    const [latest] = await table.store.history("Big-Change");
    expect(latest).toMatchObject({ version: 2, changes: [change] });
    expect(latest?.changes[0]).not.toHaveProperty("before");
  });
});
