import { assertPoliciesValid, policiesById } from "@flow-configs/service/authz/cedar-authorizer";
import { USER_POOL_PLACEHOLDER } from "@flow-configs/service/authz/cedar-request";
import { CALLER_LISTS_POLICIES_DIR, readCallerListsPolicies } from "@flow-configs/caller-lists-service/authz/policy-files";
import type { IUserPool, IUserPoolClient } from "aws-cdk-lib/aws-cognito";
import { CfnIdentitySource, CfnPolicy, CfnPolicyStore } from "aws-cdk-lib/aws-verifiedpermissions";
import { Construct } from "constructs";
import { cedarSchemaJson } from "./authorization";

export interface CallerListsAuthorizationProps {
  userPool: IUserPool;
  client: IUserPoolClient;
  /** The Cedar files' folder; the service's `policies/` by default. */
  policiesDir?: string;
}

/** The module's Cedar statements by `@id`, validated against its schema. */
export function callerListsCedarStatements(policiesDir: string = CALLER_LISTS_POLICIES_DIR): { schema: string; statements: Record<string, string> } {
  const files = readCallerListsPolicies(USER_POOL_PLACEHOLDER, policiesDir);
  const statements = policiesById(files);
  assertPoliciesValid(files.schema, statements);
  return { schema: files.schema, statements };
}

/**
 * Caller Lists' own Verified Permissions policy store, from the Cedar files its API evaluates locally. A store
 * per module, not one shared store: a store has one identity source, and so one principal type, per Cognito
 * pool (`CallerLists::User` here, `FlowConfigs::User` there); and one module's schema change, validated
 * STRICT against every policy in its store, cannot break another module's policies or deployment.
 */
export class CallerListsAuthorization extends Construct {
  readonly policyStore: CfnPolicyStore;
  readonly policies: CfnPolicy[];

  constructor(scope: Construct, id: string, props: CallerListsAuthorizationProps) {
    super(scope, id);
    const { schema, statements } = callerListsCedarStatements(props.policiesDir);
    this.policyStore = new CfnPolicyStore(this, "PolicyStore", {
      description: "Caller Lists: who may manage which caller list and its entries",
      validationSettings: { mode: "STRICT" },
      schema: { cedarJson: cedarSchemaJson(schema) },
      deletionProtection: { mode: "ENABLED" },
    });
    this.policies = Object.entries(statements).map(
      ([policyId, statement]) =>
        new CfnPolicy(this, `Policy-${policyId}`, {
          policyStoreId: this.policyStore.attrPolicyStoreId,
          definition: { static: { description: policyId, statement: statement.replaceAll(USER_POOL_PLACEHOLDER, props.userPool.userPoolId) } },
        }),
    );
    new CfnIdentitySource(this, "IdentitySource", {
      policyStoreId: this.policyStore.attrPolicyStoreId,
      principalEntityType: "CallerLists::User",
      configuration: {
        cognitoUserPoolConfiguration: {
          userPoolArn: props.userPool.userPoolArn,
          clientIds: [props.client.userPoolClientId],
          groupConfiguration: { groupEntityType: "CallerLists::UserGroup" },
        },
      },
    });
  }
}
