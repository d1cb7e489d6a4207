import { USER_POOL_PLACEHOLDER } from "@flow-configs/cedar-authorizer";
import { CALLER_LISTS_POLICIES_DIR, readCallerListsPolicies } from "@flow-configs/caller-lists-service/authz/policy-files";
import type { IUserPool, IUserPoolClient } from "aws-cdk-lib/aws-cognito";
import type { Construct } from "constructs";
import { ModulePolicyStore, validatedStatements, type CedarStatements } from "./module-policy-store";

export interface CallerListsAuthorizationProps {
  userPool: IUserPool;
  client: IUserPoolClient;
  /** The Cedar files' folder; the service's `policies/` by default. */
  policiesDir?: string;
}

/** The module's Cedar statements by `@id`, validated against its schema. */
export function callerListsCedarStatements(policiesDir: string = CALLER_LISTS_POLICIES_DIR): CedarStatements {
  return validatedStatements(readCallerListsPolicies(USER_POOL_PLACEHOLDER, policiesDir));
}

/** Caller Lists' own Verified Permissions policy store (`CallerLists::User`), from the Cedar files its API evaluates locally. */
export class CallerListsAuthorization extends ModulePolicyStore {
  constructor(scope: Construct, id: string, props: CallerListsAuthorizationProps) {
    super(scope, id, {
      userPool: props.userPool,
      client: props.client,
      namespace: "CallerLists",
      description: "Caller Lists: who may manage which caller list and its entries",
      cedar: callerListsCedarStatements(props.policiesDir),
    });
  }
}
