import { DomainError } from "@flow-configs/model";
import { GROUPS } from "@flow-configs/model/flow-configs-groups";
import { SCOPE_CLAIM, parseScope } from "@flow-configs/model/access-scope";
import type { Principal } from "#ports/authorizer";

// One parser for the claim, in the model: the API enforces what the shell and the module show.
export { SCOPE_CLAIM, parseScope } from "@flow-configs/model/access-scope";

/** The principal a verified Cognito ID token describes; `adminGroup` is the deployment's admin group name. */
export function principalFromClaims(claims: Record<string, unknown>, adminGroup: string = GROUPS.admin): Principal {
  const username = claims["cognito:username"];
  if (typeof username !== "string" || username === "") {
    throw new DomainError("Unauthorized", "the token has no cognito:username");
  }
  const rawGroups = claims["cognito:groups"];
  const groups = Array.isArray(rawGroups) ? rawGroups.filter((group): group is string => typeof group === "string") : [];
  return { username, groups, scope: parseScope(claims[SCOPE_CLAIM], groups.includes(adminGroup)) };
}
