import {
  CreateTableCommand,
  DescribeTableCommand,
  QueryCommand,
  ResourceInUseException,
  UpdateItemCommand,
  UpdateTableCommand,
  type AttributeValue,
  waitUntilTableExists,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";

/**
 * The config table's keys, as data: the local stack, tests and the bench create the table from it, and the
 * CDK table mirrors it. One table: `PK`/`SK`; `GSI1` (`GSI1PK`/`GSI1SK`) listing configs in id order; and the
 * sparse `GSI2` (`GSI2PK` = `TEMPLATE#<templateId>`, `GSI2SK` = id) listing a template's instances.
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
 * Creates the config table unless it exists (so a second start keeps its data), adds any index a table made
 * by an older version lacks (giving existing template instances their template-index keys), and waits
 * until it is ACTIVE.
 */
export async function createConfigTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new CreateTableCommand(configTableDefinition(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    await addMissingIndexes(client, tableName);
  }
  await waitUntilTableExists({ client, minDelay: 1, maxWaitTime: 120 }, { TableName: tableName });
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
    if (index.name === CONFIG_TABLE.templateIndex.name) await indexExistingInstances(client, tableName);
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

/** Template instances written before the template index existed get its keys (`TEMPLATE#<templateId>` / id). */
async function indexExistingInstances(client: DynamoDBClient, tableName: string): Promise<void> {
  const { listIndex, templateIndex } = CONFIG_TABLE;
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: listIndex.name,
        KeyConditionExpression: "#listPartition = :listPartition",
        FilterExpression: "attribute_type(#templateId, :string)",
        ExpressionAttributeNames: { "#listPartition": listIndex.partitionKey, "#templateId": "templateId" },
        ExpressionAttributeValues: { ":listPartition": { S: "CONFIG" }, ":string": { S: "S" } },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      const { PK, SK, id, templateId } = item;
      if (!PK || !SK || !id?.S || !templateId?.S) continue;
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: { PK, SK },
          UpdateExpression: "SET #templatePartition = :templatePartition, #templateSort = :id",
          ConditionExpression: "attribute_exists(#pk)",
          ExpressionAttributeNames: { "#templatePartition": templateIndex.partitionKey, "#templateSort": templateIndex.sortKey, "#pk": "PK" },
          ExpressionAttributeValues: { ":templatePartition": { S: `TEMPLATE#${templateId.S}` }, ":id": id },
        }),
      );
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}
