import { GROUPS } from "@flow-configs/model/flow-configs-groups";

/**
 * - `admin`: shape and values, create, delete.
 * - `business`: values of existing entries only.
 * - `readOnly`: sees everything, changes nothing.
 */
export type Role = "admin" | "business" | "readOnly";

/** The strongest role among the user's groups; the API decides for real, this only shapes the UI. */
export function roleOf(groups: readonly string[]): Role {
  if (groups.includes(GROUPS.admin)) return "admin";
  if (groups.includes(GROUPS.business)) return "business";
  return "readOnly";
}

export const canEditValues = (role: Role): boolean => role !== "readOnly";
export const canEditShape = (role: Role): boolean => role === "admin";

/** Admins and the approver group decide on others' change requests (two-person rule); the API refuses one's own. */
export const canApprove = (groups: readonly string[]): boolean => groups.includes(GROUPS.admin) || groups.includes(GROUPS.approver);
