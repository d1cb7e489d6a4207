import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aChangeRecord, aConfig, aVariable } from "../support/factories";
import { createTestTable } from "./config-table";

let table: Awaited<ReturnType<typeof createTestTable>>;
beforeAll(async () => {
  table = await createTestTable();
});
afterAll(() => table.close());

const closureChange = {
  kind: "changed" as const,
  entry: "variable" as const,
  name: "Closure",
  field: "value",
  before: "false",
  after: "true",
};

describe("DynamoDbConfigStore: history and restore snapshots", () => {
  it("lists every version newest first, with who, when, what kind of change and what changed", async () => {
    await table.store.create(aConfig({ id: "Storied" }), aChangeRecord({ action: "create", by: "alex", at: "2026-11-24T09:00:00.000Z" }));
    await table.store.update(
      "Storied",
      1,
      aConfig({ id: "Storied", variables: [aVariable({ value: "true" })] }),
      aChangeRecord({ action: "update-values", by: "morgan", at: "2026-11-24T10:00:00.000Z", changes: [closureChange] }),
    );
    await table.store.update(
      "Storied",
      2,
      aConfig({ id: "Storied", description: "Renamed" }),
      aChangeRecord({
        action: "replace",
        by: "alex",
        at: "2026-11-24T11:00:00.000Z",
        changes: [{ kind: "changed", entry: "config", name: "description", before: "Main inbound queue", after: "Renamed" }],
      }),
    );

    const history = await table.store.history("Storied");

    expect(history.map((entry) => [entry.version, entry.action, entry.updatedBy])).toEqual([
      [3, "replace", "alex"],
      [2, "update-values", "morgan"],
      [1, "create", "alex"],
    ]);
    expect(history[1]).toEqual({
      version: 2,
      action: "update-values",
      updatedAt: "2026-11-24T10:00:00.000Z",
      updatedBy: "morgan",
      changes: [closureChange],
    });
  });

  it("keeps a snapshot of each version for restore", async () => {
    const first = await table.store.create(aConfig({ id: "Snapshots" }), aChangeRecord());
    const second = await table.store.update(
      "Snapshots",
      1,
      aConfig({ id: "Snapshots", variables: [aVariable({ value: "true" })] }),
      aChangeRecord({ action: "update-values", by: "morgan", at: "2026-11-24T12:00:00.000Z" }),
    );

    expect(await table.store.getVersion("Snapshots", 1)).toEqual(first);
    expect(await table.store.getVersion("Snapshots", 2)).toEqual(second);
    expect(await table.store.getVersion("Snapshots", 3)).toBeNull();
    expect(await table.store.getVersion("Never-Existed", 1)).toBeNull();
  });

  it("orders versions by number past 9 (zero-padded keys)", async () => {
    await table.store.create(aConfig({ id: "Many-Versions" }), aChangeRecord());
    for (let version = 1; version < 12; version += 1) {
      await table.store.update("Many-Versions", version, aConfig({ id: "Many-Versions", description: `v${version + 1}` }), aChangeRecord({ action: "replace" }));
    }

    const versions = (await table.store.history("Many-Versions")).map((entry) => entry.version);

    expect(versions).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it("returns no history for a config that never existed", async () => {
    expect(await table.store.history("Never-Existed")).toEqual([]);
  });
});

describe("DynamoDbConfigStore: a deleted config", () => {
  it("keeps its history, with the delete as the newest version and no snapshot for it", async () => {
    await table.store.create(aConfig({ id: "Deleted" }), aChangeRecord());
    await table.store.remove("Deleted", 1, aChangeRecord({ action: "delete", by: "alex", at: "2026-11-25T08:00:00.000Z" }));

    expect(await table.store.get("Deleted")).toBeNull();
    expect((await table.store.history("Deleted")).map((entry) => [entry.version, entry.action])).toEqual([
      [2, "delete"],
      [1, "create"],
    ]);
    expect(await table.store.getVersion("Deleted", 2)).toBeNull();
    expect(await table.store.getVersion("Deleted", 1)).toMatchObject({ id: "Deleted", version: 1 });
  });

  it("is re-created as the version after its delete, so numbering never repeats", async () => {
    await table.store.create(aConfig({ id: "Reborn" }), aChangeRecord());
    await table.store.update("Reborn", 1, aConfig({ id: "Reborn", description: "v2" }), aChangeRecord({ action: "replace" }));
    await table.store.remove("Reborn", 2, aChangeRecord({ action: "delete" }));

    const reborn = await table.store.create(aConfig({ id: "Reborn", description: "again" }), aChangeRecord({ by: "alex" }));

    expect(reborn).toMatchObject({ version: 4, description: "again" });
    expect(await table.store.get("Reborn")).toEqual(reborn);
    expect((await table.store.history("Reborn")).map((entry) => [entry.version, entry.action])).toEqual([
      [4, "create"],
      [3, "delete"],
      [2, "replace"],
      [1, "create"],
    ]);
    await expect(table.store.update("Reborn", 3, aConfig({ id: "Reborn" }), aChangeRecord({ action: "replace" }))).rejects.toMatchObject({
      code: "VersionConflict",
    });
  });
});
