import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { requiredEnv } from "@flow-configs/service/handlers/environment";
import { apiEdgeFromEnvironment, restApiHandler } from "@flow-configs/service/handlers/rest-api";
import { tracer } from "@flow-configs/service/observability/tracer";
import { DynamoDbCallerListStore } from "#adapters/dynamodb-caller-list-store";
import { AvpAuthorizer } from "#authz/avp-authorizer";
import { CedarAuthorizer } from "#authz/cedar-authorizer";
import { readCallerListsPolicies } from "#authz/policy-files";
import { createApiApp } from "#http/api-app";
import type { Authorizer } from "#ports/authorizer";
import { CALLER_LISTS_TABLE_ENV } from "./table-name";

// Built once per container: clients, keys and parsed policies are reused across invocations.
const app = createApiApp({
  store: new DynamoDbCallerListStore(tracer.captureAWSv3Client(new DynamoDBClient({})), requiredEnv(CALLER_LISTS_TABLE_ENV)),
  ...apiEdgeFromEnvironment<Authorizer>({
    cedar: (userPoolId, policiesDir) => new CedarAuthorizer(userPoolId, readCallerListsPolicies(userPoolId, policiesDir)),
    avp: AvpAuthorizer,
  }),
});

/** API Gateway REST (v1 proxy) entry point, traced (X-Ray) and logged with the Lambda context. */
export const handler = restApiHandler(app);
