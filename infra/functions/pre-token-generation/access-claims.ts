import { EVERY_CONFIG } from "@flow-configs/service/authz/scope-claim";

/** Connect user tags that administer Flow Configs access from the Amazon Connect console. */
export const SCOPE_TAG = "FlowConfigsScope";
export const ROLE_TAG = "FlowConfigsRole";

export interface GroupNames {
  admin: string;
  business: string;
  readOnly: string;
  /** Approvers are scoped like business users: without a tag they get nothing, and the metric counts them. */
  approver: string;
}

/** What a user found in Connect without a `FlowConfigsScope` tag gets: nothing (default), or every config. */
export type ScopeWithoutTag = "none" | typeof EVERY_CONFIG;

/** Why a Business, ReadOnly or Approver user's token carries an empty scope. */
export type FailClosedReason = "no-federated-identity" | "not-in-connect" | "no-scope-tag";

/** What the trigger adds to the ID token: the scope claim (null: none, only for admins) and, with a role tag, the groups. */
export interface AccessClaims {
  scope: string | null;
  groups: string[] | null;
  /** Set when a Business or ReadOnly user was given an empty scope for want of a tag or a Connect user. */
  failedClosed: FailClosedReason | null;
}

/** The Connect user as the trigger found it: its tags, or why it has none. */
export type ConnectLookup = { found: true; tags: Record<string, string> } | { found: false; reason: "no-federated-identity" | "not-in-connect" };

/** A tag the product cannot read: sign-in fails rather than grant wider access than meant. */
export class AccessTagError extends Error {
  override readonly name = "AccessTagError";
}

const SCOPE_ENTRY = /^(id|template):[A-Za-z0-9_-]{1,64}$/;

/** `FlowConfigsScope` = `id:Office-Austin template:FieldOffice` (space-separated) or `*`; normalised, or an error naming the bad entry. */
export function scopeClaim(tagValue: string): string {
  const entries = tagValue.trim().split(/\s+/).filter(Boolean);
  if (entries.length === 1 && entries[0] === EVERY_CONFIG) return EVERY_CONFIG;
  const bad = entries.find((entry) => !SCOPE_ENTRY.test(entry));
  if (bad !== undefined) {
    throw new AccessTagError(`${SCOPE_TAG} entry "${bad}" is not id:<configId> or template:<templateId> (or * alone, for every config)`);
  }
  // An empty tag is a typo more often than a wish for nothing: refuse it, so an admin sees the mistake.
  if (entries.length === 0) throw new AccessTagError(`${SCOPE_TAG} is empty; set it to * for every config, or to id:/template: entries`);
  return entries.join(" ");
}

/** `FlowConfigsRole` = Admin | Business | ReadOnly (or the group's own name), case-insensitive. */
export function roleGroup(tagValue: string, groups: GroupNames): string {
  const wanted = tagValue.trim().toLowerCase();
  const byName: Record<string, string> = {
    admin: groups.admin,
    business: groups.business,
    readonly: groups.readOnly,
    [groups.admin.toLowerCase()]: groups.admin,
    [groups.business.toLowerCase()]: groups.business,
    [groups.readOnly.toLowerCase()]: groups.readOnly,
  };
  const group = byName[wanted];
  if (!group) throw new AccessTagError(`${ROLE_TAG} "${tagValue}" is not Admin, Business or ReadOnly`);
  return group;
}

/**
 * The claims a Connect lookup gives. Fails closed: a Business or ReadOnly user always gets the claim —
 * the `FlowConfigsScope` tag, else `scopeWithoutTag` if Connect knows the user, else empty (nothing).
 * An admin without the tag gets no claim (unscoped). `FlowConfigsRole` replaces the product's groups.
 */
export function accessClaims(
  lookup: ConnectLookup,
  currentGroups: readonly string[],
  groups: GroupNames,
  scopeWithoutTag: ScopeWithoutTag,
): AccessClaims {
  const tags = lookup.found ? lookup.tags : {};
  const scopeTag = tags[SCOPE_TAG];
  const roleTag = tags[ROLE_TAG];
  const productGroups = new Set([groups.admin, groups.business, groups.readOnly]);
  const roleGroups = roleTag === undefined ? null : [...currentGroups.filter((group) => !productGroups.has(group)), roleGroup(roleTag, groups)];
  const effectiveGroups = roleGroups ?? currentGroups;
  if (scopeTag !== undefined) return { scope: scopeClaim(scopeTag), groups: roleGroups, failedClosed: null };
  if (effectiveGroups.includes(groups.admin)) return { scope: null, groups: roleGroups, failedClosed: null };
  if (lookup.found && scopeWithoutTag === EVERY_CONFIG) return { scope: EVERY_CONFIG, groups: roleGroups, failedClosed: null };
  const scoped = [groups.business, groups.readOnly, groups.approver].some((group) => effectiveGroups.includes(group));
  return { scope: "", groups: roleGroups, failedClosed: scoped ? (lookup.found ? "no-scope-tag" : lookup.reason) : null };
}
