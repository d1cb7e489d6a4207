/** Connect user tags that administer Flow Configs access from the Amazon Connect console. */
export const SCOPE_TAG = "FlowConfigsScope";
export const ROLE_TAG = "FlowConfigsRole";

export interface GroupNames {
  admin: string;
  business: string;
  readOnly: string;
}

/** What the trigger adds to the ID token: the scope claim and, when the role tag is set, the groups. */
export interface AccessClaims {
  scope: string | null;
  groups: string[] | null;
}

/** A tag the product cannot read: sign-in fails rather than grant wider access than meant. */
export class AccessTagError extends Error {
  override readonly name = "AccessTagError";
}

const SCOPE_ENTRY = /^(id|template):[A-Za-z0-9_-]{1,64}$/;

/** `FlowConfigsScope` = `id:Office-Austin template:FieldOffice` (space-separated); normalised, or an error naming the bad entry. */
export function scopeClaim(tagValue: string): string {
  const entries = tagValue.trim().split(/\s+/).filter(Boolean);
  const bad = entries.find((entry) => !SCOPE_ENTRY.test(entry));
  if (bad !== undefined) throw new AccessTagError(`${SCOPE_TAG} entry "${bad}" is not id:<configId> or template:<templateId>`);
  // An empty scope would read as "every config": refuse it instead.
  if (entries.length === 0) throw new AccessTagError(`${SCOPE_TAG} is empty; remove the tag to give access to every config`);
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
 * The claims a Connect user's tags give: the scope from `FlowConfigsScope` (none: every config), and,
 * when `FlowConfigsRole` is set, the user's groups with the product's groups replaced by that one.
 */
export function accessClaims(tags: Record<string, string>, currentGroups: readonly string[], groups: GroupNames): AccessClaims {
  const scopeTag = tags[SCOPE_TAG];
  const roleTag = tags[ROLE_TAG];
  const productGroups = new Set([groups.admin, groups.business, groups.readOnly]);
  return {
    scope: scopeTag === undefined ? null : scopeClaim(scopeTag),
    groups:
      roleTag === undefined
        ? null
        : [...currentGroups.filter((group) => !productGroups.has(group)), roleGroup(roleTag, groups)],
  };
}
