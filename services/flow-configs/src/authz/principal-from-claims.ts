import { DomainError } from "@flow-configs/model";
import { SCOPE_CLAIM, parseScope } from "@flow-configs/model/runtime";
import type { Principal } from "#ports/authorizer";

// The claim is parsed in the model: the module and the shell read the same claim to say what a user manages.
export { SCOPE_CLAIM, parseScope } from "@flow-configs/model/runtime";

/** The principal a verified Cognito ID token describes. */
export function principalFromClaims(claims: Record<string, unknown>): Principal {
  const username = claims["cognito:username"];
  if (typeof username !== "string" || username === "") {
    throw new DomainError("Unauthorized", "the token has no cognito:username");
  }
  const rawGroups = claims["cognito:groups"];
  const groups = Array.isArray(rawGroups) ? rawGroups.filter((group): group is string => typeof group === "string") : [];
  return { username, groups, scope: parseScope(claims[SCOPE_CLAIM]) };
}
