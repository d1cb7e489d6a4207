import type { ExportDocumentSchema } from "@flow-configs/model";
import { z } from "zod";

/** `dry-run` checks and reports; `apply` writes what the dry run would report as create or update. */
export type ImportMode = "dry-run" | "apply";

export type ExportedDocument = z.infer<typeof ExportDocumentSchema>;

const IssueSchema = z.object({ path: z.string(), message: z.string() });

/** POST /flow-configs/import: one row per config of the document. */
export const ImportReportSchema = z.object({
  rows: z.array(
    z.object({
      index: z.number().int().nonnegative(),
      id: z.string(),
      action: z.enum(["create", "update", "unchanged", "invalid"]),
      issues: z.array(IssueSchema),
    }),
  ),
});

/** POST /flow-configs/{templateId}/instances.csv: one row per CSV record, by its line in the file. */
export const OfficesCsvReportSchema = z.object({
  rows: z.array(
    z.object({
      line: z.number().int().positive(),
      id: z.string(),
      action: z.enum(["create", "update", "unchanged", "error"]),
      reasons: z.array(z.string()),
    }),
  ),
});

export type ImportReport = z.infer<typeof ImportReportSchema>;
export type ImportReportRow = ImportReport["rows"][number];
export type OfficesCsvReport = z.infer<typeof OfficesCsvReportSchema>;
export type OfficesCsvReportRow = OfficesCsvReport["rows"][number];
