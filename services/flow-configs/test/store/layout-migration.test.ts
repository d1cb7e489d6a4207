import { randomUUID } from "node:crypto";
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ScanCommand } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION } from "@flow-configs/local-aws";
import type { ConfigInput } from "@flow-configs/model";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DynamoDbConfigStore } from "../../src/adapters/dynamodb-config-store";
import { configTableDefinition, createConfigTable } from "../../src/adapters/dynamodb-table";
import { aChangeRecord, aConfig, anInstance } from "../support/factories";
import { aFieldOfficeTemplate } from "../support/seed-configs";

const client = new DynamoDBClient({ endpoint: inject("dynamoDbEndpoint"), region: LOCAL_AWS_REGION, credentials: LOCAL_AWS_CREDENTIALS });
const documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
const tableName = `flow-configs-old-${randomUUID().slice(0, 8)}`;
const store = new DynamoDbConfigStore(client, tableName);
const metadata = { version: 2, updatedAt: "2026-11-20T10:00:00.000Z", updatedBy: "alex" };

/**
 * A CURRENT item as the store wrote it before SUMMARY items: index keys and search text on the config itself.
 * `withTemplateIndex: false` is the layout from before GSI2 existed.
 */
function oldCurrentItem(body: ConfigInput, withTemplateIndex = true) {
  return {
    PK: `CONFIG#${body.id}`,
    SK: "CURRENT",
    GSI1PK: "CONFIG",
    GSI1SK: body.id,
    ...(body.templateId !== null && withTemplateIndex ? { GSI2PK: `TEMPLATE#${body.templateId}`, GSI2SK: body.id } : {}),
    id: body.id,
    templateId: body.templateId,
    ...metadata,
    search: [body.id, body.description, ...body.lookupKeys].join(" ").toLowerCase(),
    config: body,
  };
}

const put = (item: Record<string, unknown>) => documents.send(new PutCommand({ TableName: tableName, Item: item }));

/** The sort keys of every item in the table, as `PK SK`. */
async function allKeys(): Promise<string[]> {
  const { Items = [] } = await client.send(new ScanCommand({ TableName: tableName, ConsistentRead: true }));
  return Items.map((item) => `${item.PK?.S} ${item.SK?.S}`).sort();
}

const listIds = async (query: { q?: string; templateId?: string } = {}) =>
  (await store.list({ limit: 100, scope: null, ...query })).items.map((row) => row.id);

beforeAll(async () => {
  // A table from before the template index: GSI1 only
  const definition = configTableDefinition(tableName);
  await client.send(
    new CreateTableCommand({
      ...definition,
      AttributeDefinitions: definition.AttributeDefinitions?.filter((attribute) => !attribute.AttributeName?.startsWith("GSI2")),
      GlobalSecondaryIndexes: definition.GlobalSecondaryIndexes?.filter((index) => index.IndexName === "GSI1"),
    }),
  );
  await put(oldCurrentItem(aConfig({ id: "BasicQueue", lookupKeys: ["+18005550100"] })));
  await put({ PK: "LOOKUP#+18005550100", SK: "LOOKUP", configId: "BasicQueue" });
  await put(oldCurrentItem(aFieldOfficeTemplate()));
  await put(oldCurrentItem(anInstance({ id: "Office-Austin", lookupKeys: ["AUS"] })));
  await put(oldCurrentItem(anInstance({ id: "Office-Boston", description: "Boston field office", lookupKeys: ["BOS"] }), false));
  await put({ PK: "CONFIG#Office-Gone", SK: "CURRENT", id: "Office-Gone", deleted: true, ...metadata });
  await put({ PK: "CONFIG#BasicQueue", SK: "VERSION#0000000002", action: "replace", changes: [], ...metadata });

  await createConfigTable(client, tableName);
}, 120_000);
afterAll(() => client.destroy());

describe("createConfigTable on a table of the layout before SUMMARY items", () => {
  it("adds the template index the table lacked", async () => {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(["GSI1", "GSI2"]);
  });

  it("gives every live config a SUMMARY item and takes the index keys and search text off its CURRENT item", async () => {
    expect(await allKeys()).toEqual([
      "CONFIG#BasicQueue CURRENT",
      "CONFIG#BasicQueue SUMMARY",
      "CONFIG#BasicQueue VERSION#0000000002",
      "CONFIG#FieldOffice CURRENT",
      "CONFIG#FieldOffice SUMMARY",
      "CONFIG#Office-Austin CURRENT",
      "CONFIG#Office-Austin SUMMARY",
      "CONFIG#Office-Boston CURRENT",
      "CONFIG#Office-Boston SUMMARY",
      "CONFIG#Office-Gone CURRENT",
      "LOOKUP#+18005550100 LOOKUP",
    ]);
    const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: { PK: "CONFIG#Office-Austin", SK: "CURRENT" } }));
    expect(Object.keys(Item ?? {}).sort()).toEqual(["PK", "SK", "config", "id", "templateId", "updatedAt", "updatedBy", "version"]);
    expect(await store.get("Office-Austin")).toEqual({ ...anInstance({ id: "Office-Austin", lookupKeys: ["AUS"] }), ...metadata });
  });

  it("lists, searches and pages the configs it held, with their summaries", async () => {
    expect(await listIds()).toEqual(["BasicQueue", "FieldOffice", "Office-Austin", "Office-Boston"]);
    expect(await listIds({ q: "+1800555" })).toEqual(["BasicQueue"]);
    expect(await listIds({ q: "BOSTON FIELD" })).toEqual(["Office-Boston"]);
    expect(await listIds({ q: "bos" })).toEqual(["Office-Boston"]);
    const [row] = (await store.list({ limit: 1, scope: null })).items;
    expect(row).toEqual({
      id: "BasicQueue",
      description: "Main inbound queue",
      templateId: null,
      lookupKeys: ["+18005550100"],
      variableCount: 2,
      promptCount: 2,
      ...metadata,
    });
    const first = await store.list({ limit: 2, scope: null });
    const second = await store.list({ limit: 2, scope: null, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((summary) => summary.id)).toEqual(["Office-Austin", "Office-Boston"]);
  });

  it("indexes the template's instances, also the one written before the template index existed", async () => {
    expect(await listIds({ templateId: "FieldOffice" })).toEqual(["Office-Austin", "Office-Boston"]);
    expect(await listIds({ templateId: "FieldOffice", q: "aus" })).toEqual(["Office-Austin"]);
    expect(await store.countInstances("FieldOffice")).toBe(2);
    expect((await store.listInstances("FieldOffice")).map((config) => config.id)).toEqual(["Office-Austin", "Office-Boston"]);
  });

  it("changes nothing when it runs again, and the store writes the new layout from then on", async () => {
    const before = await allKeys();
    await createConfigTable(client, tableName);
    expect(await allKeys()).toEqual(before);
    expect(await listIds()).toEqual(["BasicQueue", "FieldOffice", "Office-Austin", "Office-Boston"]);

    await store.update("Office-Boston", 2, anInstance({ id: "Office-Boston", description: "Boston, moved", lookupKeys: ["BOS"] }), aChangeRecord({ action: "replace" }));
    await store.remove("Office-Austin", 2, aChangeRecord({ action: "delete" }));
    await createConfigTable(client, tableName);
    expect(await listIds({ templateId: "FieldOffice" })).toEqual(["Office-Boston"]);
    expect(await listIds({ q: "moved" })).toEqual(["Office-Boston"]);
  });
});
