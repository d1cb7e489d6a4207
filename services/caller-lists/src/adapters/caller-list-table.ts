import {
  CreateTableCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";

/**
 * The Caller Lists table's layout, as data: the store, checkCallerList, the local stack, tests and the
 * CDK table all read it. Lists live in one partition (`LISTS`, sort key `LIST#<id>`), so listing them is
 * one Query; each entry is its own item in its list's partition (`ENTRIES#<id>`) with the E.164 number
 * as sort key, so a number-prefix search is a Query with `begins_with` and a lookup one GetItem.
 */
export const CALLER_LIST_TABLE = {
  partitionKey: "PK",
  sortKey: "SK",
  /** Epoch seconds; DynamoDB TTL deletes the item some time after (the store hides it from then on). */
  ttlAttribute: "expiresAt",
} as const;

export const LISTS_PARTITION = "LISTS";
export const listKey = (listId: string) => ({ PK: LISTS_PARTITION, SK: `LIST#${listId}` });
export const entriesPartition = (listId: string) => `ENTRIES#${listId}`;
export const entryKey = (listId: string, number: string) => ({ PK: entriesPartition(listId), SK: number });

export function callerListTableDefinition(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey } = CALLER_LIST_TABLE;
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [
      { AttributeName: partitionKey, AttributeType: "S" },
      { AttributeName: sortKey, AttributeType: "S" },
    ],
    KeySchema: [
      { AttributeName: partitionKey, KeyType: "HASH" },
      { AttributeName: sortKey, KeyType: "RANGE" },
    ],
  };
}

/** Creates the table unless it exists (a second start keeps its data), waits until ACTIVE, and turns TTL on. */
export async function createCallerListTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new CreateTableCommand(callerListTableDefinition(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    return;
  }
  await waitUntilTableExists({ client, minDelay: 1, maxWaitTime: 120 }, { TableName: tableName });
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: CALLER_LIST_TABLE.ttlAttribute, Enabled: true },
    }),
  );
}
