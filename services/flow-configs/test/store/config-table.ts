import { randomUUID } from "node:crypto";
import { DynamoDBClient, QueryCommand, ScanCommand } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION } from "@flow-configs/local-aws";
import { inject } from "vitest";
import { DynamoDbConfigStore } from "../../src/adapters/dynamodb-config-store";
import { createConfigTable } from "../../src/adapters/dynamodb-table";

/** A fresh config table in the run's DynamoDB Local (its own name per test file), its store and raw readers. */
export async function createTestTable() {
  const client = new DynamoDBClient({
    endpoint: inject("dynamoDbEndpoint"),
    region: LOCAL_AWS_REGION,
    credentials: LOCAL_AWS_CREDENTIALS,
  });
  const tableName = `flow-configs-test-${randomUUID().slice(0, 8)}`;
  await createConfigTable(client, tableName);

  /** The sort keys of every item in a partition (`CONFIG#<id>`, `LOOKUP#<key>`), read around the store. */
  async function sortKeys(partition: string): Promise<string[]> {
    const { Items = [] } = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "PK = :pk",
        ExpressionAttributeValues: { ":pk": { S: partition } },
        ConsistentRead: true,
      }),
    );
    return Items.map((item) => item.SK?.S ?? "");
  }

  /** Every partition key in the table: to prove a failed write left nothing behind. */
  async function allPartitions(): Promise<string[]> {
    const { Items = [] } = await client.send(new ScanCommand({ TableName: tableName, ConsistentRead: true }));
    return [...new Set(Items.map((item) => item.PK?.S ?? ""))].sort();
  }

  const documents = DynamoDBDocumentClient.from(client);
  /** One item as DynamoDB holds it, read around the store. */
  async function rawItem(PK: string, SK: string): Promise<Record<string, unknown> | undefined> {
    const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: { PK, SK }, ConsistentRead: true }));
    return Item;
  }

  /**
   * A store whose next transaction first lets `interleave` run: a write that lands between the store's read and
   * its transaction, which only the transaction's conditions can catch.
   */
  function storeWithInterleavedWrite(interleave: () => Promise<unknown>): DynamoDbConfigStore {
    const racingClient = new DynamoDBClient({
      endpoint: inject("dynamoDbEndpoint"),
      region: LOCAL_AWS_REGION,
      credentials: LOCAL_AWS_CREDENTIALS,
    });
    let pending: (() => Promise<unknown>) | undefined = interleave;
    racingClient.middlewareStack.add(
      (next, context) => async (args) => {
        const run = context.commandName === "TransactWriteItemsCommand" ? pending : undefined;
        if (run) {
          pending = undefined;
          await run();
        }
        return next(args);
      },
      { step: "initialize", name: "interleaveWrite" },
    );
    return new DynamoDbConfigStore(racingClient, tableName);
  }

  /**
   * A store whose first transaction commits but whose reply is lost (a connection reset after the write), so the
   * SDK retries a write DynamoDB already applied.
   */
  function storeWithLostFirstReply(): DynamoDbConfigStore {
    const flakyClient = new DynamoDBClient({
      endpoint: inject("dynamoDbEndpoint"),
      region: LOCAL_AWS_REGION,
      credentials: LOCAL_AWS_CREDENTIALS,
    });
    let replyLost = false;
    flakyClient.middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        if (context.commandName === "TransactWriteItemsCommand" && !replyLost) {
          replyLost = true;
          throw Object.assign(new Error("socket hang up after the write"), { code: "ECONNRESET" });
        }
        return result;
      },
      { step: "deserialize", name: "loseFirstReply" },
    );
    return new DynamoDbConfigStore(flakyClient, tableName);
  }

  return {
    client,
    tableName,
    store: new DynamoDbConfigStore(client, tableName),
    sortKeys,
    allPartitions,
    rawItem,
    storeWithInterleavedWrite,
    storeWithLostFirstReply,
    close: () => client.destroy(),
  };
}
