import { CreateTableCommand, ResourceInUseException, waitUntilTableExists, type CreateTableCommandInput, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { CONFIG_TABLE } from "@flow-configs/model/storage-layout";

/** The table's keys (`@flow-configs/model/storage-layout`), re-exported for the CDK table that mirrors them. */
export { CONFIG_TABLE };

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
 * Creates the config table unless it exists (so a second start keeps its data) and waits until it is ACTIVE.
 * A local `.data/` folder from an older layout is not migrated: delete it (README, "Storage layout").
 */
export async function createConfigTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new CreateTableCommand(configTableDefinition(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists({ client, minDelay: 1, maxWaitTime: 120 }, { TableName: tableName });
}
