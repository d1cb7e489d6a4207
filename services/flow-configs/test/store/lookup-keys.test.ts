import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aChangeRecord, aConfig, anInstance } from "../support/factories";
import { createTestTable } from "./config-table";

let table: Awaited<ReturnType<typeof createTestTable>>;
beforeAll(async () => {
  table = await createTestTable();
});
afterAll(() => table.close());

const create = aChangeRecord({ action: "create" });
const replace = aChangeRecord({ action: "replace" });

describe("DynamoDbConfigStore: lookup keys", () => {
  it("finds a config by each of its lookup keys", async () => {
    await table.store.create(anInstance({ id: "Office-Austin", lookupKeys: ["+15125550100", "AUS"] }), create);

    expect(await table.store.findIdByLookupKey("+15125550100")).toBe("Office-Austin");
    expect(await table.store.findIdByLookupKey("AUS")).toBe("Office-Austin");
    expect(await table.store.findIdByLookupKey("+19995550000")).toBeNull();
  });

  it("refuses a create whose lookup key another config owns, naming the key and its owner, and writes nothing", async () => {
    await table.store.create(anInstance({ id: "Office-Boston", lookupKeys: ["+16175550100", "BOS"] }), create);
    const before = await table.allPartitions();

    const taken = table.store.create(anInstance({ id: "Office-Boston-2", lookupKeys: ["BOS-2", "BOS"] }), create);

    await expect(taken).rejects.toMatchObject({
      code: "Conflict",
      message: "lookup key BOS is already used by flow config Office-Boston",
      issues: [{ path: "lookupKeys[1]", message: "is already used by flow config Office-Boston" }],
    });
    expect(await table.allPartitions()).toEqual(before);
    expect(await table.store.get("Office-Boston-2")).toBeNull();
    expect(await table.store.findIdByLookupKey("BOS-2")).toBeNull();
  });

  it("refuses an update that takes another config's key, keeping the config and its own keys as they were", async () => {
    await table.store.create(anInstance({ id: "Office-Chicago", lookupKeys: ["CHI"] }), create);
    await table.store.create(anInstance({ id: "Office-Denver", lookupKeys: ["DEN"] }), create);

    const taken = table.store.update("Office-Denver", 1, anInstance({ id: "Office-Denver", lookupKeys: ["DEN-2", "CHI"] }), replace);

    await expect(taken).rejects.toMatchObject({
      code: "Conflict",
      message: "lookup key CHI is already used by flow config Office-Chicago",
    });
    expect(await table.store.get("Office-Denver")).toMatchObject({ version: 1, lookupKeys: ["DEN"] });
    expect(await table.store.findIdByLookupKey("DEN")).toBe("Office-Denver");
    expect(await table.store.findIdByLookupKey("DEN-2")).toBeNull();
    expect(await table.store.findIdByLookupKey("CHI")).toBe("Office-Chicago");
    expect(await table.sortKeys("CONFIG#Office-Denver")).toEqual(["CURRENT", "SUMMARY", "VERSION#0000000001"]);
  });

  it("frees the keys a config no longer has and keeps the ones it still has", async () => {
    await table.store.create(anInstance({ id: "Office-Miami", lookupKeys: ["+13055550100", "MIA"] }), create);

    await table.store.update("Office-Miami", 1, anInstance({ id: "Office-Miami", lookupKeys: ["MIA", "MIA-2"] }), replace);

    expect(await table.store.findIdByLookupKey("+13055550100")).toBeNull();
    expect(await table.store.findIdByLookupKey("MIA")).toBe("Office-Miami");
    expect(await table.store.findIdByLookupKey("MIA-2")).toBe("Office-Miami");
    await table.store.create(aConfig({ id: "Takes-Freed-Key", lookupKeys: ["+13055550100"] }), create);
    expect(await table.store.findIdByLookupKey("+13055550100")).toBe("Takes-Freed-Key");
  });

  it("frees every key of a deleted config for another config to take", async () => {
    await table.store.create(anInstance({ id: "Office-Seattle", lookupKeys: ["SEA", "+12065550100"] }), create);

    await table.store.remove("Office-Seattle", 1, aChangeRecord({ action: "delete" }));

    expect(await table.store.findIdByLookupKey("SEA")).toBeNull();
    expect(await table.store.findIdByLookupKey("+12065550100")).toBeNull();
    await table.store.create(anInstance({ id: "Office-Seattle-New", lookupKeys: ["SEA"] }), create);
    expect(await table.store.findIdByLookupKey("SEA")).toBe("Office-Seattle-New");
  });

  it("swaps all 25 lookup keys for 25 new ones in one write", async () => {
    const keys = (prefix: string) => Array.from({ length: 25 }, (_, index) => `${prefix}${index}`);
    await table.store.create(aConfig({ id: "Many-Keys", lookupKeys: keys("OLD") }), create);

    await table.store.update("Many-Keys", 1, aConfig({ id: "Many-Keys", lookupKeys: keys("NEW") }), replace);

    expect(await table.store.findIdByLookupKey("OLD0")).toBeNull();
    expect(await table.store.findIdByLookupKey("NEW24")).toBe("Many-Keys");
  });

  it("lets only one of two configs racing for the same key have it", async () => {
    const attempts = await Promise.allSettled(
      ["Racer-A", "Racer-B"].map((id) => table.store.create(aConfig({ id, lookupKeys: ["RACE"] }), create)),
    );

    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    const owner = await table.store.findIdByLookupKey("RACE");
    const loser = owner === "Racer-A" ? "Racer-B" : "Racer-A";
    expect(await table.store.get(loser)).toBeNull();
  });
});
