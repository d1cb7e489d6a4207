import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { captureLambdaHandler } from "@aws-lambda-powertools/tracer/middleware";
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from "aws-lambda";
import type { Env, Hono, Schema } from "hono";
import { handle, type LambdaEvent } from "hono/aws-lambda";
import { authorizerFromEnvironment, type IsAuthorizedClient } from "@flow-configs/cedar-authorizer";
import middy from "@middy/core";
import { tokenVerifierFromEnvironment } from "#adapters/cognito-token-verifier";
import { logger } from "#observability/logger";
import { metrics } from "#observability/metrics";
import { tracer } from "#observability/tracer";
import { listEnv, requiredEnv } from "./environment";

/** A module's two authorizers, both bound to the suite's user pool (its groups are the Cedar principals' parents). */
export interface ModuleAuthorizers<Authorizer> {
  cedar(userPoolId: string, policiesDir: string | undefined): Authorizer;
  avp: new (client: IsAuthorizedClient, policyStoreId: string, userPoolId: string) => Authorizer;
}

/**
 * What every module's API app takes from the Lambda's environment: its authorizer (cedar or avp), who
 * signed in, where to log, the clock and the CORS origins. Read once per container.
 */
export function apiEdgeFromEnvironment<Authorizer>(authorizers: ModuleAuthorizers<Authorizer>) {
  const userPoolId = requiredEnv("COGNITO_USER_POOL_ID");
  return {
    authorizer: authorizerFromEnvironment<Authorizer>({
      cedar: (policiesDir) => authorizers.cedar(userPoolId, policiesDir),
      avp: (client, policyStoreId) => new authorizers.avp(client, policyStoreId, userPoolId),
    }),
    verifier: tokenVerifierFromEnvironment(),
    logger,
    now: () => new Date(),
    corsAllowedOrigins: listEnv("CORS_ALLOWED_ORIGINS"),
  };
}

/**
 * A module's Hono app as an API Gateway REST (v1 proxy) entry point: traced (X-Ray), logged with the Lambda
 * context, and publishing the metrics the request recorded (most record none; a refused save does).
 */
export function restApiHandler<E extends Env, S extends Schema, B extends string>(app: Hono<E, S, B>) {
  const honoHandler = handle(app);
  const apiHandler = async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => {
    // Hono's event type differs from @types/aws-lambda's only in fields REST events lack (`version`).
    const result = (await honoHandler(event as unknown as LambdaEvent, context as unknown as Parameters<typeof honoHandler>[1])) as APIGatewayProxyResult;
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    return result;
  };
  return middy(apiHandler).use(captureLambdaHandler(tracer)).use(injectLambdaContext(logger));
}
