import { DomainError } from "@flow-configs/model";
import { checkEntries, entriesToCsv, parseEntriesCsv, type ImportReport } from "@flow-configs/model/caller-lists";
import type { Principal } from "#ports/authorizer";
import { listFor } from "./list-access";
import { stamped } from "./manage-entries";
import type { UseCaseDeps } from "./use-case-deps";

export interface ImportOptions {
  dryRun: boolean;
  /** Hears how many rows are stored so far (the bench prints it; the API has no use for it). */
  onProgress?: (written: number, total: number) => void;
}

/** Reads a CSV of entries; a dry run only reports, an apply stores every good row and reports the rest. */
export async function importEntriesCsv(
  deps: UseCaseDeps,
  principal: Principal,
  listId: string,
  csv: string,
  options: ImportOptions,
): Promise<ImportReport> {
  await listFor(deps, principal, "ImportEntries", listId);
  if (csv.trim() === "") throw DomainError.invalid([{ path: "(body)", message: "is empty: send CSV with a number column" }]);
  const now = deps.now();
  const checked = checkEntries(parseEntriesCsv(csv), now);
  const rejects = checked.outcomes.filter((outcome) => outcome.status !== "valid");
  if (!options.dryRun) {
    const total = checked.valid.length;
    await deps.store.putEntries(listId, stamped(checked.valid, principal, now), (written) => options.onProgress?.(written, total));
  }
  return { dryRun: options.dryRun, valid: checked.valid.length, rejected: rejects.length, rejects };
}

/** Every live entry of the list as CSV (the import reads it back). */
export async function exportEntriesCsv(deps: UseCaseDeps, principal: Principal, listId: string): Promise<string> {
  await listFor(deps, principal, "ExportEntries", listId);
  const entries = [];
  for await (const page of deps.store.allEntries(listId, deps.now())) entries.push(...page);
  return entriesToCsv(entries);
}
