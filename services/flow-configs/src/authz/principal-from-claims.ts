import { DomainError } from "@flow-configs/model";
import { GROUPS } from "@flow-configs/model/flow-configs-groups";
import type { Principal, Scope } from "#ports/authorizer";
import { EVERY_CONFIG, SCOPE_CLAIM } from "./scope-claim";

export { SCOPE_CLAIM } from "./scope-claim";

const NOTHING: Scope = { ids: [], templates: [] };

/**
 * Parses the scope claim: `*` is every config (null); anything else, even empty, is only what it lists.
 * Fails closed: without the claim only an admin is unscoped (DESIGN.md § Authentication).
 */
export function parseScope(claim: unknown, isAdmin = false): Scope | null {
  if (claim === undefined || claim === null) return isAdmin ? null : NOTHING;
  if (typeof claim !== "string") return NOTHING;
  if (claim.trim() === EVERY_CONFIG) return null;
  const ids: string[] = [];
  const templates: string[] = [];
  for (const entry of claim.split(/\s+/).filter(Boolean)) {
    const [kind, ...rest] = entry.split(":");
    const value = rest.join(":");
    if (!value) continue;
    if (kind === "id") ids.push(value);
    else if (kind === "template") templates.push(value);
  }
  return { ids, templates };
}

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
