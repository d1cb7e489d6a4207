import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION } from "@flow-configs/local-aws";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DynamoDbConfigStore } from "../../src/adapters/dynamodb-config-store";
import { aChangeRecord, aConfig } from "../support/factories";
import { createTestTable } from "./config-table";

let table: Awaited<ReturnType<typeof createTestTable>>;
beforeAll(async () => {
  table = await createTestTable();
  await table.store.create(aConfig({ id: "Batch-A" }), aChangeRecord());
});
afterAll(() => table.close());

/** A store whose every BatchGetItem comes back with all its keys unprocessed, as under sustained throttling. */
function aStoreThrottledOnBatchReads() {
  const client = new DynamoDBClient({ endpoint: inject("dynamoDbEndpoint"), region: LOCAL_AWS_REGION, credentials: LOCAL_AWS_CREDENTIALS });
  let calls = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== "BatchGetItemCommand") return next(args);
      calls += 1;
      const { RequestItems } = args.input as { RequestItems: Record<string, unknown> };
      return { output: { Responses: {}, UnprocessedKeys: RequestItems, $metadata: {} }, response: {} };
    },
    { step: "initialize", name: "leaveEveryKeyUnprocessed" },
  );
  return { store: new DynamoDbConfigStore(client, table.tableName), calls: () => calls, close: () => client.destroy() };
}

describe("batched reads", () => {
  it("retry what DynamoDB leaves unprocessed a bounded number of times, then fail saying so", async () => {
    const throttled = aStoreThrottledOnBatchReads();
    await expect(throttled.store.getMany(["Batch-A"])).rejects.toThrow(/left 1 of the keys unread after 5 rounds/);
    expect(throttled.calls()).toBe(5);
    throttled.close();
  });

  it("read every key otherwise", async () => {
    expect([...(await table.store.getMany(["Batch-A", "Batch-Missing"])).keys()]).toEqual(["Batch-A"]);
  });
});
