import { deepEqual, DomainError, effectiveConfig, quickActionIssues, type ConfigInput, type Issue, type StoredConfig } from "@flow-configs/model";

const MANAGED = [
  ["scheduledChanges", "POST and DELETE /flow-configs/{id}/scheduled-changes"],
  ["changeRequests", "the change-requests routes"],
] as const;

/**
 * A create or replace keeps the config's windows and change requests as they are: they change through
 * their own routes (with their own checks and history). Sending them back unchanged is fine; sending
 * other ones is a 400 that says where they change. Quick actions must fit the shape they are saved with.
 */
export function withManagedFields(input: ConfigInput, current: StoredConfig | null, template: StoredConfig | null): ConfigInput {
  const issues: Issue[] = [];
  const kept: Partial<Pick<ConfigInput, "scheduledChanges" | "changeRequests">> = {};
  for (const [field, where] of MANAGED) {
    const stored = current?.[field];
    const sent = input[field];
    if (sent !== undefined && !deepEqual(sent, stored ?? [])) issues.push({ path: field, message: `cannot be set here: they change through ${where}` });
    if (stored?.length) Object.assign(kept, { [field]: stored });
  }
  const { scheduledChanges: _windows, changeRequests: _requests, ...body } = input;
  const next = { ...body, ...kept } as ConfigInput;
  if (next.templateId === null || template) {
    const shape = effectiveConfig({ ...next, version: 1, updatedAt: new Date(0).toISOString(), updatedBy: "" }, template);
    issues.push(...quickActionIssues(shape));
  }
  if (issues.length > 0) throw DomainError.invalid(issues);
  return next;
}
