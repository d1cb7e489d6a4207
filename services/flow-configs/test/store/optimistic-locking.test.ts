import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aChangeRecord, aConfig, aVariable } from "../support/factories";
import { createTestTable } from "./config-table";

let table: Awaited<ReturnType<typeof createTestTable>>;
beforeAll(async () => {
  table = await createTestTable();
});
afterAll(() => table.close());

describe("DynamoDbConfigStore: optimistic locking", () => {
  it("lets exactly one of 20 concurrent updates with the same expected version win, with one new history entry", async () => {
    await table.store.create(aConfig({ id: "Contended" }), aChangeRecord());

    const attempts = await Promise.allSettled(
      Array.from({ length: 20 }, (_, writer) =>
        table.store.update(
          "Contended",
          1,
          aConfig({ id: "Contended", description: `writer ${writer}`, variables: [aVariable({ value: "true" })] }),
          aChangeRecord({ action: "replace", by: `writer-${writer}` }),
        ),
      ),
    );

    const winners = attempts.filter((attempt) => attempt.status === "fulfilled");
    const losers = attempts.filter((attempt) => attempt.status === "rejected");
    expect(winners).toHaveLength(1);
    expect(losers.map((attempt) => attempt.reason.code)).toEqual(Array(19).fill("VersionConflict"));

    const winner = winners[0]?.value;
    expect(await table.store.get("Contended")).toEqual(winner);
    expect(await table.sortKeys("CONFIG#Contended")).toEqual([
      "CURRENT",
      "SUMMARY",
      "VERSION#0000000001",
      "VERSION#0000000002",
    ]);
    const [latest] = await table.store.history("Contended");
    expect(latest).toMatchObject({ version: 2, updatedBy: winner?.updatedBy });
  });

  it("lets exactly one of 10 concurrent removals at the same version win", async () => {
    await table.store.create(aConfig({ id: "Removed-Concurrently" }), aChangeRecord());

    const attempts = await Promise.allSettled(
      Array.from({ length: 10 }, () => table.store.remove("Removed-Concurrently", 1, aChangeRecord({ action: "delete" }))),
    );

    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    for (const attempt of attempts) {
      if (attempt.status === "rejected") expect(["VersionConflict", "NotFound"]).toContain(attempt.reason.code);
    }
    expect(await table.sortKeys("CONFIG#Removed-Concurrently")).toHaveLength(3);
  });

  it("lets exactly one of 10 concurrent creates of the same id win; the rest are conflicts", async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 10 }, (_, writer) =>
        table.store.create(aConfig({ id: "Created-Concurrently", description: `writer ${writer}` }), aChangeRecord()),
      ),
    );

    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    for (const attempt of attempts) {
      if (attempt.status === "rejected") expect(attempt.reason.code).toBe("Conflict");
    }
    expect(await table.sortKeys("CONFIG#Created-Concurrently")).toEqual(["CURRENT", "SUMMARY", "VERSION#0000000001"]);
  });
});

describe("DynamoDbConfigStore: a write landing between the store's read and its transaction", () => {
  it("turns a concurrent update into a version conflict, leaving the other write in place", async () => {
    await table.store.create(aConfig({ id: "Raced-Update" }), aChangeRecord());
    const racing = table.storeWithInterleavedWrite(() =>
      table.store.update("Raced-Update", 1, aConfig({ id: "Raced-Update", description: "first" }), aChangeRecord({ action: "replace" })),
    );

    await expect(
      racing.update("Raced-Update", 1, aConfig({ id: "Raced-Update", description: "second" }), aChangeRecord({ action: "replace" })),
    ).rejects.toMatchObject({ code: "VersionConflict", message: expect.stringContaining("is at version 2, not 1") });
    expect(await table.store.get("Raced-Update")).toMatchObject({ version: 2, description: "first" });
  });

  it("turns an update of a config deleted meanwhile into NotFound", async () => {
    await table.store.create(aConfig({ id: "Raced-Delete" }), aChangeRecord());
    const racing = table.storeWithInterleavedWrite(() =>
      table.store.remove("Raced-Delete", 1, aChangeRecord({ action: "delete" })),
    );

    await expect(
      racing.update("Raced-Delete", 1, aConfig({ id: "Raced-Delete" }), aChangeRecord({ action: "replace" })),
    ).rejects.toMatchObject({ code: "NotFound" });
    expect(await table.store.get("Raced-Delete")).toBeNull();
  });

  it("turns a create that lost the race into 'already exists'", async () => {
    const racing = table.storeWithInterleavedWrite(() =>
      table.store.create(aConfig({ id: "Raced-Create", description: "first" }), aChangeRecord()),
    );

    await expect(racing.create(aConfig({ id: "Raced-Create", description: "second" }), aChangeRecord())).rejects.toMatchObject({
      code: "Conflict",
      message: "flow config Raced-Create already exists",
    });
    expect(await table.store.get("Raced-Create")).toMatchObject({ description: "first" });
  });

  it("turns a lookup key taken meanwhile into a conflict naming its new owner, writing nothing", async () => {
    await table.store.create(aConfig({ id: "Raced-Key", lookupKeys: ["OLD-KEY"] }), aChangeRecord());
    const racing = table.storeWithInterleavedWrite(() =>
      table.store.create(aConfig({ id: "Key-Thief", lookupKeys: ["NEW-KEY"] }), aChangeRecord()),
    );

    await expect(
      racing.update("Raced-Key", 1, aConfig({ id: "Raced-Key", lookupKeys: ["NEW-KEY"] }), aChangeRecord({ action: "replace" })),
    ).rejects.toMatchObject({ code: "Conflict", message: "lookup key NEW-KEY is already used by flow config Key-Thief" });
    expect(await table.store.get("Raced-Key")).toMatchObject({ version: 1, lookupKeys: ["OLD-KEY"] });
    expect(await table.store.findIdByLookupKey("OLD-KEY")).toBe("Raced-Key");
  });
});

describe("DynamoDbConfigStore: a write whose reply is lost", () => {
  it("succeeds when the SDK retries a transaction that had already committed", async () => {
    await table.store.create(aConfig({ id: "Lost-Reply" }), aChangeRecord());
    const flaky = table.storeWithLostFirstReply();

    const updated = await flaky.update("Lost-Reply", 1, aConfig({ id: "Lost-Reply", description: "v2" }), aChangeRecord({ action: "replace" }));

    expect(updated).toMatchObject({ version: 2, description: "v2" });
    expect(await table.sortKeys("CONFIG#Lost-Reply")).toEqual(["CURRENT", "SUMMARY", "VERSION#0000000001", "VERSION#0000000002"]);
  });
});
