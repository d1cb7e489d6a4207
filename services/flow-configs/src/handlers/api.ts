import { ConnectClient } from "@aws-sdk/client-connect";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { GET_CONFIG_FUNCTION_NAMES } from "@flow-configs/model";
import { AvpAuthorizer } from "#adapters/avp-authorizer";
import { ConnectContactFlowDirectory } from "#adapters/connect-contact-flow-directory";
import { DynamoDbConfigStore } from "#adapters/dynamodb-config-store";
import { LocalContactFlowDirectory } from "#adapters/local-contact-flow-directory";
import { CedarAuthorizer } from "#authz/cedar-authorizer";
import { readPolicyFiles } from "#authz/policy-files";
import { createApiApp } from "#http/api-app";
import { tracer } from "#observability/tracer";
import type { Authorizer } from "#ports/authorizer";
import type { ContactFlowDirectory } from "#ports/contact-flow-directory";
import { listEnv, requiredEnv } from "./environment";
import { apiEdgeFromEnvironment, restApiHandler } from "./rest-api";

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

// Built once per container: clients, keys and parsed policies are reused across invocations.
const app = createApiApp({
  ...apiEdgeFromEnvironment<Authorizer>({
    cedar: (userPoolId, policiesDir) => new CedarAuthorizer(userPoolId, readPolicyFiles(userPoolId, policiesDir)),
    avp: AvpAuthorizer,
  }),
  store: new DynamoDbConfigStore(tracer.captureAWSv3Client(new DynamoDBClient({})), requiredEnv("TABLE_NAME")),
  ...(flows ? { flows } : {}),
  ...(getConfigName ? { getConfigNames: [getConfigName, ...GET_CONFIG_FUNCTION_NAMES] } : {}),
});

/** API Gateway REST (v1 proxy) entry point, traced (X-Ray) and logged with the Lambda context. */
export const handler = restApiHandler(app);
