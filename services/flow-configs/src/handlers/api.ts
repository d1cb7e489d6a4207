import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { captureLambdaHandler } from "@aws-lambda-powertools/tracer/middleware";
import { ConnectClient } from "@aws-sdk/client-connect";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { GET_CONFIG_FUNCTION_NAMES } from "@flow-configs/model";
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from "aws-lambda";
import middy from "@middy/core";
import { handle, type LambdaEvent } from "hono/aws-lambda";
import { authorizerFromEnvironment } from "@flow-configs/cedar-authorizer";
import { AvpAuthorizer } from "#adapters/avp-authorizer";
import { tokenVerifierFromEnvironment } from "#adapters/cognito-token-verifier";
import { ConnectContactFlowDirectory } from "#adapters/connect-contact-flow-directory";
import { DynamoDbConfigStore } from "#adapters/dynamodb-config-store";
import { LocalContactFlowDirectory } from "#adapters/local-contact-flow-directory";
import { CedarAuthorizer } from "#authz/cedar-authorizer";
import { readPolicyFiles } from "#authz/policy-files";
import { createApiApp } from "#http/api-app";
import { logger } from "#observability/logger";
import { metrics } from "#observability/metrics";
import { tracer } from "#observability/tracer";
import type { Authorizer } from "#ports/authorizer";
import type { ContactFlowDirectory } from "#ports/contact-flow-directory";
import { listEnv, requiredEnv } from "./environment";

// Built once per container: clients, keys and parsed policies are reused across invocations.
const userPoolId = requiredEnv("COGNITO_USER_POOL_ID");


/** CONNECT_INSTANCE_ID: the instance's flows (AWS); else CONTACT_FLOW_DIRS: flow files (the local stack). */
function createContactFlowDirectory(): ContactFlowDirectory | undefined {
  const instanceId = process.env.CONNECT_INSTANCE_ID;
  if (instanceId) return new ConnectContactFlowDirectory(new ConnectClient({}), instanceId);
  const dirs = listEnv("CONTACT_FLOW_DIRS");
  // The repo's sample flows name getConfig by the placeholder synth fills; the local stack's function is getConfig.
  return dirs.length > 0 ? new LocalContactFlowDirectory(dirs, { placeholders: { GET_CONFIG_FUNCTION_ARN: "getConfig" } }) : undefined;
}

const flows = createContactFlowDirectory();
const getConfigName = process.env.GET_CONFIG_FUNCTION_NAME;

const app = createApiApp({
  store: new DynamoDbConfigStore(tracer.captureAWSv3Client(new DynamoDBClient({})), requiredEnv("TABLE_NAME")),
  authorizer: authorizerFromEnvironment<Authorizer>({
    cedar: (policiesDir) => new CedarAuthorizer(userPoolId, readPolicyFiles(userPoolId, policiesDir)),
    avp: (client, policyStoreId) => new AvpAuthorizer(client, policyStoreId, userPoolId),
  }),
  verifier: tokenVerifierFromEnvironment(),
  logger,
  now: () => new Date(),
  ...(flows ? { flows } : {}),
  ...(getConfigName ? { getConfigNames: [getConfigName, ...GET_CONFIG_FUNCTION_NAMES] } : {}),
  corsAllowedOrigins: listEnv("CORS_ALLOWED_ORIGINS"),
});

const honoHandler = handle(app);

async function apiHandler(event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> {
  // Hono's event type differs from @types/aws-lambda's only in fields REST events lack (`version`).
  const result = (await honoHandler(event as unknown as LambdaEvent, context as unknown as Parameters<typeof honoHandler>[1])) as APIGatewayProxyResult;
  // Most requests record no metric (a refused save does): publish only what there is
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  return result;
}

/** API Gateway REST (v1 proxy) entry point, traced (X-Ray) and logged with the Lambda context. */
export const handler = middy(apiHandler).use(captureLambdaHandler(tracer)).use(injectLambdaContext(logger));
