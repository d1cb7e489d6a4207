import { USER_POOL_PLACEHOLDER } from "@flow-configs/cedar-authorizer";
import { readPolicyFiles } from "@flow-configs/service/authz/policy-files";
import { GROUPS } from "@flow-configs/model/flow-configs-groups";
import type { IUserPool, IUserPoolClient } from "aws-cdk-lib/aws-cognito";
import type { Construct } from "constructs";
import type { GroupNames } from "../config/flow-configs-config";
import { ModulePolicyStore, validatedStatements, type CedarStatements } from "./module-policy-store";

export interface AuthorizationProps {
  userPool: IUserPool;
  client: IUserPoolClient;
  groups: GroupNames;
  /** The Cedar files' folder; the service's `policies/` by default. */
  policiesDir?: string;
}

/** The Cedar statements by `@id`, validated against the schema, with the configured group names. */
export function cedarStatements(groups: GroupNames, policiesDir?: string): CedarStatements {
  const files = readPolicyFiles(USER_POOL_PLACEHOLDER, policiesDir);
  const renamed = Object.fromEntries(
    Object.entries(files.policies).map(([file, text]) => [
      file,
      text
        .replaceAll(`|${GROUPS.admin}"`, `|${groups.admin}"`)
        .replaceAll(`|${GROUPS.business}"`, `|${groups.business}"`)
        .replaceAll(`|${GROUPS.readOnly}"`, `|${groups.readOnly}"`)
        .replaceAll(`|${GROUPS.approver}"`, `|${groups.approver}"`),
    ]),
  );
  return validatedStatements({ schema: files.schema, policies: renamed });
}

/** The Verified Permissions policy store the Flow Configs API asks in AWS, with the configured group names. */
export class Authorization extends ModulePolicyStore {
  constructor(scope: Construct, id: string, props: AuthorizationProps) {
    super(scope, id, {
      userPool: props.userPool,
      client: props.client,
      namespace: "FlowConfigs",
      description: "Flow Configs: who may do what to which flow config",
      cedar: cedarStatements(props.groups, props.policiesDir),
    });
  }
}
