import { DomainError, itemSize, storedItemSize } from "@flow-configs/model";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION } from "@flow-configs/local-aws";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DynamoDbConfigStore } from "../../src/adapters/dynamodb-config-store";
import { CedarAuthorizer } from "../../src/authz/cedar-authorizer";
import { replaceConfig } from "../../src/domain/write-config";
import { aChangeRecord, aConfig, anInstance, aVariable } from "../support/factories";
import { createTestTable } from "./config-table";

let table: Awaited<ReturnType<typeof createTestTable>>;
beforeAll(async () => {
  table = await createTestTable();
});
afterAll(() => table.close());

const byAlex = aChangeRecord({ action: "create", by: "alex", at: "2026-11-24T10:00:00.000Z" });
const byMorgan = aChangeRecord({ action: "replace", by: "morgan", at: "2026-11-24T11:00:00.000Z" });

describe("DynamoDbConfigStore: create, get, update, remove", () => {
  it("creates version 1 and reads back exactly what was stored", async () => {
    const created = await table.store.create(aConfig({ id: "Create-Read" }), byAlex);

    expect(created).toMatchObject({ id: "Create-Read", version: 1, updatedAt: byAlex.at, updatedBy: "alex" });
    expect(await table.store.get("Create-Read")).toEqual(created);
  });

  it("keeps a template instance's overrides and template link", async () => {
    const created = await table.store.create(anInstance({ id: "Instance-Read", lookupKeys: [] }), byAlex);

    expect(await table.store.get("Instance-Read")).toEqual(created);
    expect(created.templateId).toBe("FieldOffice");
  });

  it("returns null for a config that was never created", async () => {
    expect(await table.store.get("Never-Created")).toBeNull();
  });

  it("refuses to create a config that already exists, naming it", async () => {
    await table.store.create(aConfig({ id: "Twice" }), byAlex);

    await expect(table.store.create(aConfig({ id: "Twice", description: "second" }), byAlex)).rejects.toMatchObject({
      code: "Conflict",
      message: "flow config Twice already exists",
    });
    expect((await table.store.get("Twice"))?.description).toBe("Main inbound queue");
  });

  it("writes an update as the next version with who and when", async () => {
    await table.store.create(aConfig({ id: "Update-Me" }), byAlex);

    const updated = await table.store.update(
      "Update-Me",
      1,
      aConfig({ id: "Update-Me", variables: [aVariable({ value: "true" })] }),
      byMorgan,
    );

    expect(updated).toMatchObject({ version: 2, updatedBy: "morgan", updatedAt: byMorgan.at });
    expect(await table.store.get("Update-Me")).toEqual(updated);
  });

  it("refuses an update whose body names another id (checked once, by the replace use case in front of the store)", async () => {
    await table.store.create(aConfig({ id: "Body-Id" }), byAlex);
    const deps = { store: table.store, authorizer: new CedarAuthorizer("us-east-1_LifecycleTest"), now: () => new Date() };
    const admin = { username: "morgan", groups: ["FlowConfigsAdmin"], scope: null };

    await expect(replaceConfig(deps, admin, "Body-Id", 1, aConfig({ id: "Other-Id" }))).rejects.toMatchObject({
      code: "InvalidInput",
    });
  });

  it("updates a config it has just read without reading its CURRENT item again", async () => {
    const counted = new DynamoDBClient({ endpoint: inject("dynamoDbEndpoint"), region: LOCAL_AWS_REGION, credentials: LOCAL_AWS_CREDENTIALS });
    const commands: string[] = [];
    counted.middlewareStack.add(
      (next, context) => async (args) => {
        commands.push(context.commandName ?? "");
        return next(args);
      },
      { step: "initialize", name: "countCommands" },
    );
    const store = new DynamoDbConfigStore(counted, table.tableName);
    await store.create(aConfig({ id: "Read-Once" }), byAlex);
    const read = await store.get("Read-Once");
    commands.length = 0;

    await store.update("Read-Once", read?.version ?? 0, aConfig({ id: "Read-Once", description: "v2" }), byMorgan);

    expect(commands).toEqual(["TransactWriteItemsCommand"]);
    counted.destroy();
  });

  it("rejects a stale expected version with 412 and writes nothing", async () => {
    await table.store.create(aConfig({ id: "Stale" }), byAlex);
    await table.store.update("Stale", 1, aConfig({ id: "Stale", description: "v2" }), byMorgan);
    const before = await table.sortKeys("CONFIG#Stale");

    const stale = table.store.update("Stale", 1, aConfig({ id: "Stale", description: "lost update" }), byMorgan);

    await expect(stale).rejects.toBeInstanceOf(DomainError);
    await expect(stale).rejects.toMatchObject({ code: "VersionConflict" });
    expect((await table.store.get("Stale"))?.description).toBe("v2");
    expect(await table.sortKeys("CONFIG#Stale")).toEqual(before);
  });

  it("reports NotFound when updating or removing a config that does not exist", async () => {
    await expect(table.store.update("Missing", 1, aConfig({ id: "Missing" }), byMorgan)).rejects.toMatchObject({
      code: "NotFound",
    });
    await expect(table.store.remove("Missing", 1, byMorgan)).rejects.toMatchObject({ code: "NotFound" });
  });

  it("removes a config: it is gone, and a stale remove is a version conflict", async () => {
    await table.store.create(aConfig({ id: "Remove-Me" }), byAlex);
    await table.store.update("Remove-Me", 1, aConfig({ id: "Remove-Me", description: "v2" }), byMorgan);

    await expect(table.store.remove("Remove-Me", 1, byMorgan)).rejects.toMatchObject({ code: "VersionConflict" });
    await table.store.remove("Remove-Me", 2, aChangeRecord({ action: "delete" }));

    expect(await table.store.get("Remove-Me")).toBeNull();
    await expect(table.store.remove("Remove-Me", 3, byMorgan)).rejects.toMatchObject({ code: "NotFound" });
  });

  it("stores the CURRENT item at exactly the size the model's storedItemSize meter predicts", async () => {
    const created = await table.store.create(aConfig({ id: "Measured", lookupKeys: ["MEASURED"] }), byAlex);
    const item = await table.rawItem("CONFIG#Measured", "CURRENT");

    expect(itemSize(item ?? {})).toBe(storedItemSize(created));
  });
});
