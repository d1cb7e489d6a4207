import { schemaToJson } from "@cedar-policy/cedar-wasm/nodejs";
import { assertPoliciesValid, policiesById, USER_POOL_PLACEHOLDER, type PolicyFiles } from "@flow-configs/cedar-authorizer";
import type { IUserPool, IUserPoolClient } from "aws-cdk-lib/aws-cognito";
import { CfnIdentitySource, CfnPolicy, CfnPolicyStore } from "aws-cdk-lib/aws-verifiedpermissions";
import { Construct } from "constructs";

/** A module's Cedar schema and its statements by `@id`, as the policy store takes them. */
export interface CedarStatements {
  schema: string;
  statements: Record<string, string>;
}

/** The statements by `@id` of a module's Cedar files, validated against its schema. */
export function validatedStatements(files: PolicyFiles): CedarStatements {
  const statements = policiesById(files);
  assertPoliciesValid(files.schema, statements);
  return { schema: files.schema, statements };
}

/** The Cedar schema text as the Cedar JSON a policy store takes. */
export function cedarSchemaJson(schemaText: string): string {
  const answer = schemaToJson(schemaText);
  if (answer.type === "failure") throw new Error(`Cedar schema does not convert: ${answer.errors.map((e) => e.message).join("; ")}`);
  return JSON.stringify(answer.json);
}

export interface ModulePolicyStoreProps {
  userPool: IUserPool;
  client: IUserPoolClient;
  /** The module's Cedar namespace: its principals are `<namespace>::User`, its Cognito groups `<namespace>::UserGroup`. */
  namespace: string;
  description: string;
  /** Read with the user-pool placeholder in group ids; the pool's id is filled in here. */
  cedar: CedarStatements;
}

/**
 * A module's own Verified Permissions policy store (STRICT), built from the Cedar files its API evaluates
 * locally with cedar-wasm: one policy per statement, and the suite's Cognito pool as its identity source. A
 * store per module: a store maps a pool's users to one principal type, and one module's schema change
 * cannot break another module's policies or deployment.
 */
export class ModulePolicyStore extends Construct {
  readonly policyStore: CfnPolicyStore;
  readonly policies: CfnPolicy[];

  constructor(scope: Construct, id: string, props: ModulePolicyStoreProps) {
    super(scope, id);
    this.policyStore = new CfnPolicyStore(this, "PolicyStore", {
      description: props.description,
      validationSettings: { mode: "STRICT" },
      schema: { cedarJson: cedarSchemaJson(props.cedar.schema) },
      deletionProtection: { mode: "ENABLED" },
    });

    this.policies = Object.entries(props.cedar.statements).map(
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
      principalEntityType: `${props.namespace}::User`,
      configuration: {
        cognitoUserPoolConfiguration: {
          userPoolArn: props.userPool.userPoolArn,
          clientIds: [props.client.userPoolClientId],
          groupConfiguration: { groupEntityType: `${props.namespace}::UserGroup` },
        },
      },
    });
  }
}
