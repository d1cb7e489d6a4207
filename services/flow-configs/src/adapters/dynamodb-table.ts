import {
  CreateTableCommand,
  ResourceInUseException,
  waitUntilTableExists,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";

/**
 * The config table's keys, as data: the local stack, tests and the bench create the table from it, and the
 * CDK table mirrors it. One table: `PK`/`SK`, and `GSI1` (`GSI1PK`/`GSI1SK`) listing configs in id order.
 */
export const CONFIG_TABLE = {
  partitionKey: "PK",
  sortKey: "SK",
  listIndex: { name: "GSI1", partitionKey: "GSI1PK", sortKey: "GSI1SK" },
} as const;

/** The CreateTable request for the config table: string keys, on-demand billing, GSI1 projecting all attributes. */
export function configTableDefinition(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey, listIndex } = CONFIG_TABLE;
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [partitionKey, sortKey, listIndex.partitionKey, listIndex.sortKey].map((name) => ({
      AttributeName: name,
      AttributeType: "S",
    })),
    KeySchema: [
      { AttributeName: partitionKey, KeyType: "HASH" },
      { AttributeName: sortKey, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: listIndex.name,
        KeySchema: [
          { AttributeName: listIndex.partitionKey, KeyType: "HASH" },
          { AttributeName: listIndex.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      },
    ],
  };
}

/** Creates the config table unless it exists (so a second start keeps its data), and waits until it is ACTIVE. */
export async function createConfigTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new CreateTableCommand(configTableDefinition(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists({ client, minDelay: 1, maxWaitTime: 120 }, { TableName: tableName });
}
