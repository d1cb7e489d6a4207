import { ImportReportSchema, OfficesImportReportSchema, type ExportDocumentSchema } from "@flow-configs/model";
import type { z } from "zod";

/** `dry-run` checks and reports; `apply` writes what the dry run would report as create or update. */
export type ImportMode = "dry-run" | "apply";

export type ExportedDocument = z.infer<typeof ExportDocumentSchema>;

/** POST /flow-configs/import: one row per config of the document (the model's schema, as the API sends it). */
export { ImportReportSchema };

/** POST /flow-configs/{templateId}/instances.csv: one row per CSV record, by its line in the file. */
export const OfficesCsvReportSchema = OfficesImportReportSchema;

export type ImportReport = z.infer<typeof ImportReportSchema>;
export type ImportReportRow = ImportReport["rows"][number];
export type OfficesCsvReport = z.infer<typeof OfficesCsvReportSchema>;
export type OfficesCsvReportRow = OfficesCsvReport["rows"][number];
