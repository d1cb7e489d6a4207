import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { tokenVerifierFromEnvironment } from "@flow-configs/service/adapters/cognito-token-verifier";
import { listEnv, requiredEnv } from "@flow-configs/service/handlers/environment";
import { logger } from "@flow-configs/service/observability/logger";
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from "aws-lambda";
import { handle, type LambdaEvent } from "hono/aws-lambda";
import { authorizerFromEnvironment } from "@flow-configs/cedar-authorizer";
import { DynamoDbCallerListStore } from "#adapters/dynamodb-caller-list-store";
import { AvpAuthorizer } from "#authz/avp-authorizer";
import { CedarAuthorizer } from "#authz/cedar-authorizer";
import { readCallerListsPolicies } from "#authz/policy-files";
import { createApiApp } from "#http/api-app";
import type { Authorizer } from "#ports/authorizer";
import { CALLER_LISTS_TABLE_ENV } from "./table-name";

// Built once per container: clients, keys and parsed policies are reused across invocations.
const userPoolId = requiredEnv("COGNITO_USER_POOL_ID");


const app = createApiApp({
  store: new DynamoDbCallerListStore(new DynamoDBClient({}), requiredEnv(CALLER_LISTS_TABLE_ENV)),
  authorizer: authorizerFromEnvironment<Authorizer>({
    cedar: (policiesDir) => new CedarAuthorizer(userPoolId, readCallerListsPolicies(userPoolId, policiesDir)),
    avp: (client, policyStoreId) => new AvpAuthorizer(client, policyStoreId, userPoolId),
  }),
  verifier: tokenVerifierFromEnvironment(),
  logger,
  now: () => new Date(),
  corsAllowedOrigins: listEnv("CORS_ALLOWED_ORIGINS"),
});

const honoHandler = handle(app);

/** API Gateway REST (v1 proxy) entry point. */
export function handler(event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> {
  // Hono's event type differs from @types/aws-lambda's only in fields REST events lack (`version`).
  return honoHandler(event as unknown as LambdaEvent, context as unknown as Parameters<typeof honoHandler>[1]) as Promise<APIGatewayProxyResult>;
}
