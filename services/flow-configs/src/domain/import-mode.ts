/** What an import does: report only (`dry-run`, the default: nothing is written) or write (`apply`). */
export type ImportMode = "dry-run" | "apply";
