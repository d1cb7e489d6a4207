import { CALLER_LISTS_GROUPS } from "@flow-configs/model/caller-lists";

/** `admin`: lists and entries; `editor`: entries of existing lists; `readOnly`: looks and exports. */
export type Role = "admin" | "editor" | "readOnly";

/** The strongest role among the user's groups; the API decides for real, this only shapes the UI. */
export function roleOf(groups: readonly string[]): Role {
  if (groups.includes(CALLER_LISTS_GROUPS.admin)) return "admin";
  if (groups.includes(CALLER_LISTS_GROUPS.editor)) return "editor";
  return "readOnly";
}

export const canManageLists = (role: Role): boolean => role === "admin";
export const canEditEntries = (role: Role): boolean => role !== "readOnly";
