import type { OfficesCsvReportRow } from "@flow-configs/api-client";

/** How many rows an import creates, updates, leaves, refuses — and how many changed since the export. */
export const countOfficeActions = (rows: readonly OfficesCsvReportRow[]) => ({
  create: rows.filter((row) => row.action === "create").length,
  update: rows.filter((row) => row.action === "update").length,
  unchanged: rows.filter((row) => row.action === "unchanged").length,
  error: rows.filter((row) => row.action === "error").length,
  stale: rows.filter((row) => row.stale).length,
});

/** The rows apply would write. */
export const writableRows = (rows: readonly OfficesCsvReportRow[]) => rows.filter((row) => row.action === "create" || row.action === "update");
