import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  TransactionCanceledException,
  UpdateTableCommand,
  waitUntilTableExists,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, QueryCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import {
  CURRENT,
  LIST_PARTITION,
  storedFromCurrentItem,
  toSummaryItem,
  type CurrentItem,
} from "./dynamodb-config-item";

/**
 * The config table's keys, as data: the local stack, tests and the bench create the table from it, and the
 * CDK table mirrors it. One table: `PK`/`SK`; `GSI1` (`GSI1PK`/`GSI1SK`) listing configs in id order; and the
 * sparse `GSI2` (`GSI2PK` = `TEMPLATE#<templateId>`, `GSI2SK` = id) listing a template's instances. Only the
 * small SUMMARY items carry index keys (layout: `dynamodb-config-item.ts`).
 */
export const CONFIG_TABLE = {
  partitionKey: "PK",
  sortKey: "SK",
  listIndex: { name: "GSI1", partitionKey: "GSI1PK", sortKey: "GSI1SK" },
  templateIndex: { name: "GSI2", partitionKey: "GSI2PK", sortKey: "GSI2SK" },
} as const;

type IndexKeys = { name: string; partitionKey: string; sortKey: string };

const INDEXES: readonly IndexKeys[] = [CONFIG_TABLE.listIndex, CONFIG_TABLE.templateIndex];

function indexDefinition(index: IndexKeys) {
  return {
    IndexName: index.name,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: "HASH" as const },
      { AttributeName: index.sortKey, KeyType: "RANGE" as const },
    ],
    Projection: { ProjectionType: "ALL" as const },
  };
}

const stringAttributes = (names: readonly string[]) => names.map((name) => ({ AttributeName: name, AttributeType: "S" as const }));

/** The CreateTable request for the config table: string keys, on-demand billing, both GSIs projecting all attributes. */
export function configTableDefinition(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey } = CONFIG_TABLE;
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: stringAttributes([partitionKey, sortKey, ...INDEXES.flatMap((index) => [index.partitionKey, index.sortKey])]),
    KeySchema: [
      { AttributeName: partitionKey, KeyType: "HASH" },
      { AttributeName: sortKey, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: INDEXES.map(indexDefinition),
  };
}

/**
 * Creates the config table unless it exists (so a second start keeps its data), waits until it is ACTIVE,
 * and brings a table made by an older version up to the current layout: adds any index it lacks, then gives
 * every config its SUMMARY item (which carries the index keys, so this also indexes older template instances).
 */
export async function createConfigTable(client: DynamoDBClient, tableName: string): Promise<void> {
  let existed = false;
  try {
    await client.send(new CreateTableCommand(configTableDefinition(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    existed = true;
  }
  await waitUntilTableExists({ client, minDelay: 1, maxWaitTime: 120 }, { TableName: tableName });
  if (!existed) return;
  await addMissingIndexes(client, tableName);
  await moveIndexKeysToSummaries(client, tableName);
}

async function addMissingIndexes(client: DynamoDBClient, tableName: string): Promise<void> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const existing = new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  for (const index of INDEXES.filter((candidate) => !existing.has(candidate.name))) {
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: stringAttributes([index.partitionKey, index.sortKey]),
        GlobalSecondaryIndexUpdates: [{ Create: indexDefinition(index) }],
      }),
    );
    await waitUntilIndexActive(client, tableName, index.name);
  }
}

/** Writes to a table whose new index is still being built can fail: wait until it is ACTIVE. */
async function waitUntilIndexActive(client: DynamoDBClient, tableName: string, indexName: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const index = Table?.GlobalSecondaryIndexes?.find((candidate) => candidate.IndexName === indexName);
    if (Table?.TableStatus === "ACTIVE" && index?.IndexStatus === "ACTIVE") return;
    if (Date.now() > deadline) throw new Error(`index ${indexName} of table ${tableName} did not become ACTIVE within 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** How many configs the migration moves at once. */
const MIGRATION_CONCURRENCY = 8;

/**
 * The layout before SUMMARY items kept the index keys and the search text on the CURRENT item, so every
 * search read whole configs. Each such CURRENT item (found by the list index, which then only holds CURRENT
 * items of that layout) gets its SUMMARY item and loses those attributes, in one transaction conditional on
 * the version read. Idempotent: a moved config is no longer in the list index as CURRENT; a config written
 * since by the store already has its SUMMARY item and a CURRENT item without index keys.
 */
async function moveIndexKeysToSummaries(client: DynamoDBClient, tableName: string): Promise<void> {
  const documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const { listIndex } = CONFIG_TABLE;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: listIndex.name,
        KeyConditionExpression: "#listPartition = :listPartition",
        FilterExpression: "#sk = :current",
        ExpressionAttributeNames: { "#listPartition": listIndex.partitionKey, "#sk": CONFIG_TABLE.sortKey },
        ExpressionAttributeValues: { ":listPartition": LIST_PARTITION, ":current": CURRENT },
        ExclusiveStartKey: startKey,
      }),
    );
    const items = (page.Items ?? []) as CurrentItem[];
    for (let start = 0; start < items.length; start += MIGRATION_CONCURRENCY) {
      await Promise.all(items.slice(start, start + MIGRATION_CONCURRENCY).map((item) => moveToSummary(documents, tableName, item)));
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}

/** The index attributes the old layout kept on the CURRENT item. */
const OLD_CURRENT_ATTRIBUTES = [
  CONFIG_TABLE.listIndex.partitionKey,
  CONFIG_TABLE.listIndex.sortKey,
  CONFIG_TABLE.templateIndex.partitionKey,
  CONFIG_TABLE.templateIndex.sortKey,
  "search",
];

async function moveToSummary(documents: DynamoDBDocumentClient, tableName: string, item: CurrentItem): Promise<void> {
  const stored = storedFromCurrentItem(item);
  const names = Object.fromEntries(OLD_CURRENT_ATTRIBUTES.map((name, index) => [`#old${index}`, name]));
  try {
    await documents.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName,
              Key: { PK: item.PK, SK: item.SK },
              UpdateExpression: `REMOVE ${Object.keys(names).join(", ")}`,
              // A write since the read has already put the config in the new layout
              ConditionExpression: "#version = :version",
              ExpressionAttributeNames: { ...names, "#version": "version" },
              ExpressionAttributeValues: { ":version": item.version },
            },
          },
          // A tombstone is not listed: it only loses the keys
          ...(stored ? [{ Put: { TableName: tableName, Item: toSummaryItem(stored) } }] : []),
        ],
      }),
    );
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
  }
}
