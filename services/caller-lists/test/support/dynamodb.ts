import { startDynamoDbLocal } from "@flow-configs/local-aws";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Endpoint of the in-memory DynamoDB Local started once for the test run. */
    dynamoDbEndpoint: string;
  }
}

/** Vitest global setup: one in-memory DynamoDB Local for the run; each test file makes its own table. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dynamoDb = await startDynamoDbLocal({ port: 0, inMemory: true, startTimeoutMs: 90_000 });
  project.provide("dynamoDbEndpoint", dynamoDb.endpoint);
  return () => dynamoDb.stop();
}
