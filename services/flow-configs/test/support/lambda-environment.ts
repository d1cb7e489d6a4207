import type { Context } from "aws-lambda";
import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION } from "@flow-configs/local-aws";
import { inject } from "vitest";

/** The environment a Lambda handler reads at import, pointed at a table in the run's DynamoDB Local. */
export function lambdaEnvironment(tableName: string): Record<string, string> {
  return {
    TABLE_NAME: tableName,
    AWS_ENDPOINT_URL_DYNAMODB: inject("dynamoDbEndpoint"),
    AWS_REGION: LOCAL_AWS_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_AWS_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_AWS_CREDENTIALS.secretAccessKey,
  };
}

/**
 * Sets that environment, quiet (no logs, no metrics), plus `extra`: the handlers read it once, at module
 * scope, as in Lambda, so set it before importing a handler.
 */
export function setLambdaEnvironment(tableName: string, extra: Record<string, string> = {}): void {
  Object.assign(process.env, { ...lambdaEnvironment(tableName), POWERTOOLS_LOG_LEVEL: "SILENT", POWERTOOLS_METRICS_DISABLED: "true", ...extra });
}

/** The Lambda context a handler is invoked with (Powertools reads its function name and request id). */
export function aLambdaContext(functionName = "flow-configs-get-config"): Context {
  return { functionName, awsRequestId: "request-1", invokedFunctionArn: "arn", memoryLimitInMB: "512" } as Context;
}
