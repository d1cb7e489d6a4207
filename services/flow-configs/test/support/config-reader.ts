import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION } from "@flow-configs/local-aws";
import { inject } from "vitest";
import { AwsJsonClient } from "../../src/adapters/aws-json-client";
import { DynamoDbConfigReader } from "../../src/adapters/dynamodb-config-reader";

/** The contact-flow reader against the run's DynamoDB Local (or another endpoint, such as a closable proxy). */
export function aConfigReader(tableName: string, endpoint: string = inject("dynamoDbEndpoint")): DynamoDbConfigReader {
  const dynamoDb = new AwsJsonClient({
    service: "dynamodb",
    targetPrefix: "DynamoDB_20120810",
    region: LOCAL_AWS_REGION,
    endpoint,
    credentials: () => LOCAL_AWS_CREDENTIALS,
    timeoutMs: 2000,
  });
  return new DynamoDbConfigReader(dynamoDb, tableName);
}
