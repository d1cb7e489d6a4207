import type { ImportMode, OfficesCsvReportRow } from "@flow-configs/api-client";
import { useState } from "react";
import { describeError } from "../../api/describe-error";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import type { FlashMessage } from "../use-flash-messages";
import { csvChunks } from "./csv-chunks";
import { countOfficeActions } from "./office-counts";

/** Records per apply request: small enough that the progress bar moves, large enough to stay quick for 1500. */
export const APPLY_CHUNK_SIZE = 100;

export type OfficesImportStage =
  | { step: "edit" }
  | { step: "running"; mode: ImportMode; done: number; total: number }
  | { step: "checked"; rows: OfficesCsvReportRow[] }
  | { step: "applied"; rows: OfficesCsvReportRow[]; stoppedAt?: string };

/**
 * A dry run sends the file as it is, so the API sees every row at once (an id given twice is found) and
 * reports its own parse errors; apply sends chunks with the header, so its progress is real.
 */
function requestsFor(mode: ImportMode, text: string): { csv: string; lines?: number[] }[] {
  return mode === "dry-run" ? [{ csv: text }] : csvChunks(text, APPLY_CHUNK_SIZE);
}

function summary(mode: ImportMode, templateId: string, rows: readonly OfficesCsvReportRow[]): FlashMessage {
  const counts = countOfficeActions(rows);
  const stale = counts.stale > 0 ? ` ${counts.stale} changed since the export: applying asks before overwriting them.` : "";
  if (mode === "dry-run") {
    return {
      type: counts.error > 0 || counts.stale > 0 ? "warning" : "info",
      header: "Dry run done: nothing written yet",
      content: `${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged, ${counts.error} with errors.${stale}`,
    };
  }
  return {
    type: counts.error > 0 ? "warning" : "success",
    header: `Imported the offices of ${templateId}`,
    content: `${counts.create} created, ${counts.update} updated, ${counts.unchanged} unchanged, ${counts.error} with errors. Download the result for the details.`,
  };
}

/**
 * The one path of an offices import, dry run and apply alike: requests with progress, the file's line
 * numbers put back on each row, a stop at the first failing request, and a flash that says how it went.
 */
export function useOfficesImport(templateId: string, show: (message: FlashMessage) => void) {
  const { client } = useFlowConfigs();
  const [stage, setStage] = useState<OfficesImportStage>({ step: "edit" });

  async function run(mode: ImportMode, text: string, confirmStale: readonly string[] = []) {
    const requests = requestsFor(mode, text);
    const total = requests.reduce((sum, request) => sum + (request.lines?.length ?? 0), 0);
    const rows: OfficesCsvReportRow[] = [];
    setStage({ step: "running", mode, done: 0, total });
    for (const request of requests) {
      try {
        const confirmed = confirmStale.length > 0 ? { confirmStale } : {};
        const report = await client.importOfficesCsv(templateId, request.csv, mode, confirmed);
        // The API numbers a chunk's lines from its own header; put the file's line numbers back.
        rows.push(...report.rows.map((row, index) => ({ ...row, line: request.lines?.[index] ?? row.line })));
        setStage({ step: "running", mode, done: rows.length, total });
      } catch (error) {
        const failure = describeError(error);
        if (mode === "dry-run") {
          setStage({ step: "edit" });
          show({ type: "error", header: failure.title, content: `${failure.message} Nothing was written.` });
          return;
        }
        const stoppedAt = `Stopped at line ${request.lines?.[0] ?? "?"}: ${failure.message}`;
        setStage({ step: "applied", rows, stoppedAt });
        show({ type: "error", header: failure.title, content: `${stoppedAt}. Rows before it were applied; check the CSV again to continue.` });
        return;
      }
    }
    setStage(mode === "dry-run" ? { step: "checked", rows } : { step: "applied", rows });
    show(summary(mode, templateId, rows));
  }

  return { stage, run, reset: () => setStage({ step: "edit" }) };
}
