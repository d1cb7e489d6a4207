import { DomainError } from "@flow-configs/model";
import type { Principal, Scope } from "#ports/authorizer";

/** The ID-token claim that limits a user to some configs: `"id:Office-Austin template:FieldOffice"`. */
export const SCOPE_CLAIM = "flow_configs_scope";

/** Parses the scope claim; absent means every config, present (even empty) means only what it lists. */
export function parseScope(claim: unknown): Scope | null {
  if (claim === undefined || claim === null) return null;
  const ids: string[] = [];
  const templates: string[] = [];
  for (const entry of String(claim).split(/\s+/).filter(Boolean)) {
    const [kind, ...rest] = entry.split(":");
    const value = rest.join(":");
    if (!value) continue;
    if (kind === "id") ids.push(value);
    else if (kind === "template") templates.push(value);
  }
  return { ids, templates };
}

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
