import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION } from "@flow-configs/local-aws";
import { inject } from "vitest";
import { DynamoDbConfigReader } from "../../src/adapters/dynamodb-config-reader";
import { DynamoDbTransport } from "../../src/adapters/dynamodb-transport";

/** The contact-flow reader against the run's DynamoDB Local (or another endpoint, such as a closable proxy). */
export function aConfigReader(tableName: string, endpoint: string = inject("dynamoDbEndpoint")): DynamoDbConfigReader {
  const dynamoDb = new DynamoDbTransport({ region: LOCAL_AWS_REGION, endpoint, credentials: async () => LOCAL_AWS_CREDENTIALS });
  return new DynamoDbConfigReader(dynamoDb, tableName);
}
