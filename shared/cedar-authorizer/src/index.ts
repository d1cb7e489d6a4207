export { groupEntityId, USER_POOL_PLACEHOLDER, type CedarEntity, type CedarRequest, type EntityUid } from "./cedar-request";
export { readPolicyFolder, type PolicyFiles } from "./policy-files";
export { assertPoliciesValid, policiesById } from "./cedar-policies";
export { CedarWasmAuthorizer } from "./cedar-wasm-authorizer";
export { toIsAuthorizedInput, VerifiedPermissionsAuthorizer, type IsAuthorizedClient } from "./verified-permissions-authorizer";
export { authorizerFromEnvironment, type AuthorizerFactories } from "./authorizer-from-environment";
