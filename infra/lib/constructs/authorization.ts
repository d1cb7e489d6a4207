import { schemaToJson } from "@cedar-policy/cedar-wasm/nodejs";
import { assertPoliciesValid, policiesById } from "@flow-configs/service/authz/cedar-authorizer";
import { USER_POOL_PLACEHOLDER } from "@flow-configs/service/authz/cedar-request";
import { readPolicyFiles } from "@flow-configs/service/authz/policy-files";
import { GROUPS } from "@flow-configs/model/flow-configs-groups";
import { CfnIdentitySource, CfnPolicy, CfnPolicyStore } from "aws-cdk-lib/aws-verifiedpermissions";
import type { IUserPool, IUserPoolClient } from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";
import type { GroupNames } from "../config/flow-configs-config";

export interface AuthorizationProps {
  userPool: IUserPool;
  client: IUserPoolClient;
  groups: GroupNames;
  /** The Cedar files' folder; the service's `policies/` by default. */
  policiesDir?: string;
}

/** The Cedar statements by `@id`, validated against the schema, with the configured group names. */
export function cedarStatements(groups: GroupNames, policiesDir?: string): { schema: string; statements: Record<string, string> } {
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
  const statements = policiesById({ schema: files.schema, policies: renamed });
  assertPoliciesValid(files.schema, statements);
  return { schema: files.schema, statements };
}

/** The Cedar schema text as the Cedar JSON a policy store takes. */
export function cedarSchemaJson(schemaText: string): string {
  const answer = schemaToJson(schemaText);
  if (answer.type === "failure") throw new Error(`Cedar schema does not convert: ${answer.errors.map((e) => e.message).join("; ")}`);
  return JSON.stringify(answer.json);
}

/**
 * The Verified Permissions policy store the API asks in AWS, built from the same Cedar files the
 * local stack evaluates with cedar-wasm: one policy per statement, the pool id filled in.
 */
export class Authorization extends Construct {
  readonly policyStore: CfnPolicyStore;
  readonly policies: CfnPolicy[];

  constructor(scope: Construct, id: string, props: AuthorizationProps) {
    super(scope, id);
    const { schema, statements } = cedarStatements(props.groups, props.policiesDir);

    this.policyStore = new CfnPolicyStore(this, "PolicyStore", {
      description: "Flow Configs: who may do what to which flow config",
      validationSettings: { mode: "STRICT" },
      schema: { cedarJson: cedarSchemaJson(schema) },
      deletionProtection: { mode: "ENABLED" },
    });

    this.policies = Object.entries(statements).map(
      ([policyId, statement]) =>
        new CfnPolicy(this, `Policy-${policyId}`, {
          policyStoreId: this.policyStore.attrPolicyStoreId,
          definition: {
            static: { description: policyId, statement: statement.replaceAll(USER_POOL_PLACEHOLDER, props.userPool.userPoolId) },
          },
        }),
    );

    new CfnIdentitySource(this, "IdentitySource", {
      policyStoreId: this.policyStore.attrPolicyStoreId,
      principalEntityType: "FlowConfigs::User",
      configuration: {
        cognitoUserPoolConfiguration: {
          userPoolArn: props.userPool.userPoolArn,
          clientIds: [props.client.userPoolClientId],
          groupConfiguration: { groupEntityType: "FlowConfigs::UserGroup" },
        },
      },
    });
  }
}
