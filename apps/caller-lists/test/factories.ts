import type { Session, SessionState } from "@flow-configs/auth";
import { CALLER_LISTS_GROUPS, type CallerList, type CallerListEntry } from "@flow-configs/model/caller-lists";

export const ROLE_GROUPS = {
  admin: [CALLER_LISTS_GROUPS.admin],
  editor: [CALLER_LISTS_GROUPS.editor],
  readOnly: [CALLER_LISTS_GROUPS.readOnly],
} as const;

/** A signed-in session in these groups (the shell's session, as the module receives it). */
export function aSession(groups: readonly string[]): Session {
  const user = { username: "tester", name: "Tess Tester", email: "tess@example.com" };
  const state: SessionState = { status: "signedIn", user, groups };
  return { state, user, groups, getIdToken: async () => "token", signIn: async () => undefined, signOut: async () => undefined, onChange: () => () => undefined };
}

export const aList = (overrides: Partial<CallerList> = {}): CallerList => ({
  id: "bad-callers",
  kind: "block",
  description: "Numbers the IVR disconnects",
  createdBy: "alex",
  createdAt: "2026-12-01T12:00:00.000Z",
  ...overrides,
});

export const anEntry = (number: string, overrides: Partial<CallerListEntry> = {}): CallerListEntry => ({
  number,
  addedBy: "morgan",
  addedAt: "2026-12-01T12:00:00.000Z",
  ...overrides,
});
