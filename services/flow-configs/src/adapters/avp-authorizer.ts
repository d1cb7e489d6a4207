import { VerifiedPermissionsAuthorizer, type IsAuthorizedClient } from "@flow-configs/cedar-authorizer";
import { toCedarRequest } from "#authz/cedar-request";
import type { Action, Authorizer, Principal, Resource } from "#ports/authorizer";

/**
 * Asks the Amazon Verified Permissions policy store built from the repo's Cedar files (in AWS), with the
 * same entities the local cedar-wasm authorizer evaluates.
 */
export class AvpAuthorizer extends VerifiedPermissionsAuthorizer<Principal, Action, Resource> implements Authorizer {
  constructor(client: IsAuthorizedClient, policyStoreId: string, userPoolId: string) {
    super(client, policyStoreId, (principal, action, resource) => toCedarRequest(principal, action, resource, userPoolId));
  }
}
