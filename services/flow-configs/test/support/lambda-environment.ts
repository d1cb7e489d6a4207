import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION } from "@flow-configs/local-aws";
import { inject } from "vitest";

/**
 * The environment the handlers read once, at module scope, as in Lambda: their table in the run's DynamoDB
 * Local, plus `extra`. Set it before importing a handler.
 */
export function setLambdaEnvironment(tableName: string, extra: Record<string, string> = {}): void {
  Object.assign(process.env, {
    TABLE_NAME: tableName,
    AWS_ENDPOINT_URL_DYNAMODB: inject("dynamoDbEndpoint"),
    AWS_REGION: LOCAL_AWS_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_AWS_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_AWS_CREDENTIALS.secretAccessKey,
    POWERTOOLS_LOG_LEVEL: "SILENT",
    ...extra,
  });
}
