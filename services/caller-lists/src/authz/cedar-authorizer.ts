import { CedarWasmAuthorizer, type PolicyFiles } from "@flow-configs/cedar-authorizer";
import type { Action, Authorizer, Principal, Resource } from "#ports/authorizer";
import { toCedarRequest } from "./cedar-request";
import { readCallerListsPolicies } from "./policy-files";

/** Evaluates the module's Cedar policies in process with cedar-wasm (local stack and tests; AUTHORIZER=cedar in Lambda). */
export class CedarAuthorizer extends CedarWasmAuthorizer<Principal, Action, Resource> implements Authorizer {
  constructor(userPoolId: string, files: PolicyFiles = readCallerListsPolicies(userPoolId)) {
    super("caller-lists", files, (principal, action, resource) => toCedarRequest(principal, action, resource, userPoolId));
  }
}
