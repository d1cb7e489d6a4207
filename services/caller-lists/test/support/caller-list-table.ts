import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION } from "@flow-configs/local-aws";
import { inject } from "vitest";
import { createCallerListTable } from "../../src/adapters/caller-list-table";
import { DynamoDbCallerListStore } from "../../src/adapters/dynamodb-caller-list-store";

/** A fresh Caller Lists table in the run's DynamoDB Local (its own name per test file) and its store. */
export async function createTestTable() {
  const client = new DynamoDBClient({ endpoint: inject("dynamoDbEndpoint"), region: LOCAL_AWS_REGION, credentials: LOCAL_AWS_CREDENTIALS });
  const tableName = `caller-lists-test-${randomUUID().slice(0, 8)}`;
  await createCallerListTable(client, tableName);
  return { client, tableName, store: new DynamoDbCallerListStore(client, tableName), close: async () => client.destroy() };
}
