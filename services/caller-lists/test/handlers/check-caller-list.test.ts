import { contactFlowEvent } from "@flow-configs/local-aws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallerListReader } from "../../src/ports/caller-list-store";
import { DynamoDbCallerListReader } from "../../src/adapters/dynamodb-caller-list-reader";
import { CachedCallerListReader, checkCallerList } from "../../src/domain/check-caller-list";
import { createTestTable } from "../support/caller-list-table";
import { aList, anEntry, NOW } from "../support/factories";

const silent = { warn: () => undefined };
const TTL_MS = 5_000;

/** The DynamoDB reader, counting its GetItems. */
function countingReader(inner: CallerListReader) {
  const counts = { getList: 0, getEntry: 0 };
  const reader: CallerListReader = {
    getList: (listId) => ((counts.getList += 1), inner.getList(listId)),
    getEntry: (listId, number) => ((counts.getEntry += 1), inner.getEntry(listId, number)),
  };
  return { reader, counts };
}

describe("checkCallerList", () => {
  let table: Awaited<ReturnType<typeof createTestTable>>;
  let dynamoDb: CallerListReader;
  beforeAll(async () => {
    table = await createTestTable();
    dynamoDb = new DynamoDbCallerListReader(table.client, table.tableName);
    await table.store.createList(aList({ id: "bad-callers", kind: "block" }));
    await table.store.putEntries("bad-callers", [
      anEntry("+15125550100", { reason: "fraud" }),
      anEntry("+15125550101", { expiresAt: new Date(NOW.getTime() + 60_000).toISOString() }),
    ]);
  });
  afterAll(() => table.close());

  const check = (reader: CachedCallerListReader, parameters: Record<string, string>, customerNumber?: string, at = NOW) =>
    checkCallerList(reader, contactFlowEvent({ parameters, ...(customerNumber ? { customerNumber } : {}) }), at);

  it("says the caller is on the list, with the list's kind and the entry's reason", async () => {
    const reader = new CachedCallerListReader(dynamoDb, TTL_MS, silent);
    expect(await check(reader, { listId: "bad-callers" }, "+15125550100")).toEqual({ onList: "true", kind: "block", reason: "fraud" });
  });

  it("checks the ani parameter before the caller's number, in any notation", async () => {
    const reader = new CachedCallerListReader(dynamoDb, TTL_MS, silent);
    expect(await check(reader, { listId: "bad-callers", ani: "(512) 555-0100" }, "+19995550000")).toMatchObject({ onList: "true" });
  });

  it("answers false for a number not on the list, and for a withheld caller id", async () => {
    const reader = new CachedCallerListReader(dynamoDb, TTL_MS, silent);
    expect(await check(reader, { listId: "bad-callers" }, "+15125559999")).toEqual({ onList: "false", kind: "block", reason: "" });
    expect(await check(reader, { listId: "bad-callers", ani: "anonymous" })).toEqual({ onList: "false", kind: "block", reason: "" });
  });

  it("takes an entry off the list at its expiresAt, even while it is cached", async () => {
    const reader = new CachedCallerListReader(dynamoDb, 3_600_000, silent);
    expect(await check(reader, { listId: "bad-callers" }, "+15125550101")).toMatchObject({ onList: "true" });
    expect(await check(reader, { listId: "bad-callers" }, "+15125550101", new Date(NOW.getTime() + 60_000))).toMatchObject({ onList: "false" });
  });

  it("fails the invocation for an unknown list, and for an event with no list", async () => {
    const reader = new CachedCallerListReader(dynamoDb, TTL_MS, silent);
    await expect(check(reader, { listId: "no-such-list" }, "+15125550100")).rejects.toMatchObject({ name: "UnknownCallerList" });
    await expect(check(reader, {}, "+15125550100")).rejects.toMatchObject({ name: "MalformedContactFlowEvent" });
  });

  it("costs one GetItem for a new caller once the list is cached, and none within the TTL", async () => {
    let clock = 0;
    const { reader, counts } = countingReader(dynamoDb);
    const cached = new CachedCallerListReader(reader, TTL_MS, silent, () => clock);
    await check(cached, { listId: "bad-callers" }, "+15125550100");
    await check(cached, { listId: "bad-callers" }, "+15125550102");
    expect(counts).toEqual({ getList: 1, getEntry: 2 });
    await check(cached, { listId: "bad-callers" }, "+15125550102");
    expect(counts.getEntry).toBe(2);
    clock = TTL_MS;
    await check(cached, { listId: "bad-callers" }, "+15125550102");
    expect(counts).toEqual({ getList: 2, getEntry: 3 });
  });

  it("serves the last good answer when DynamoDB fails after the TTL", async () => {
    let clock = 0;
    let failing = false;
    const flaky: CallerListReader = {
      getList: (listId) => (failing ? Promise.reject(new Error("unreachable")) : dynamoDb.getList(listId)),
      getEntry: (listId, number) => (failing ? Promise.reject(new Error("unreachable")) : dynamoDb.getEntry(listId, number)),
    };
    const cached = new CachedCallerListReader(flaky, TTL_MS, silent, () => clock);
    await check(cached, { listId: "bad-callers" }, "+15125550100");
    failing = true;
    clock = TTL_MS * 2;
    expect(await check(cached, { listId: "bad-callers" }, "+15125550100")).toMatchObject({ onList: "true" });
    await expect(check(cached, { listId: "bad-callers" }, "+15125550177")).rejects.toThrow("unreachable");
  });
});
