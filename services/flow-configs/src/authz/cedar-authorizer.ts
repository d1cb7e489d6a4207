import { CedarWasmAuthorizer, type PolicyFiles } from "@flow-configs/cedar-authorizer";
import type { Action, Authorizer, Principal, Resource } from "#ports/authorizer";
import { toCedarRequest } from "./cedar-request";
import { readPolicyFiles } from "./policy-files";

/** Evaluates the repo's Cedar policies in process with cedar-wasm (local stack and tests; the default in Lambda). */
export class CedarAuthorizer extends CedarWasmAuthorizer<Principal, Action, Resource> implements Authorizer {
  constructor(userPoolId: string, files: PolicyFiles = readPolicyFiles(userPoolId)) {
    super("flow-configs", files, (principal, action, resource) => toCedarRequest(principal, action, resource, userPoolId));
  }
}
