import { VerifiedPermissionsAuthorizer, type IsAuthorizedClient } from "@flow-configs/cedar-authorizer";
import type { Action, Authorizer, Principal, Resource } from "#ports/authorizer";
import { toCedarRequest } from "./cedar-request";

/** Asks the module's Verified Permissions store (AWS) with the very entities the cedar-wasm authorizer evaluates. */
export class AvpAuthorizer extends VerifiedPermissionsAuthorizer<Principal, Action, Resource> implements Authorizer {
  constructor(client: IsAuthorizedClient, policyStoreId: string, userPoolId: string) {
    super(client, policyStoreId, (principal, action, resource) => toCedarRequest(principal, action, resource, userPoolId));
  }
}
