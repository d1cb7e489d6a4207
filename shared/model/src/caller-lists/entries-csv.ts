import { formatCsv, parseCsv } from "../csv";
import type { CallerListEntry } from "./caller-list-schemas";
import type { ReceivedEntry } from "./check-entries";

/** The columns of a caller-list CSV, in the order export writes them (the last two are export-only). */
export const ENTRY_CSV_COLUMNS = ["number", "reason", "note", "expiresAt", "addedBy", "addedAt"] as const;

const IMPORTED_COLUMNS = ["number", "reason", "note", "expiresAt"] as const;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a caller-list CSV into entries to check. A first row naming `number` is a header (columns in
 * any order, unknown ones ignored); without one the columns are number, reason, note, expiresAt. A
 * date without a time (`2027-01-31`) expires at midnight UTC; empty cells are absent.
 */
export function parseEntriesCsv(text: string): ReceivedEntry[] {
  const records = parseCsv(text.replace(/^\uFEFF/, ""));
  const first = records[0];
  let columns: readonly string[] = IMPORTED_COLUMNS;
  let body = records;
  if (first && first.cells.some((cell) => cell.trim().toLowerCase() === "number")) {
    columns = first.cells.map((cell) => cell.trim());
    body = records.slice(1);
  }
  const lowerColumns = columns.map((column) => column.toLowerCase());
  const indexOf = (name: string) => lowerColumns.indexOf(name.toLowerCase());
  const indexes = IMPORTED_COLUMNS.map((name) => [name, indexOf(name)] as const);
  return body.map(({ line, cells }) => {
    const value: Record<string, string> = {};
    for (const [name, index] of indexes) {
      const cell = index >= 0 ? cells[index]?.trim() : undefined;
      if (!cell) continue;
      value[name] = name === "expiresAt" && DATE_ONLY.test(cell) ? `${cell}T00:00:00Z` : cell;
    }
    if (value.number === undefined) value.number = "";
    return { line, value };
  });
}

/** Writes entries as CSV with a header row; `parseEntriesCsv` reads it back. */
export function entriesToCsv(entries: readonly CallerListEntry[]): string {
  return formatCsv([
    [...ENTRY_CSV_COLUMNS],
    ...entries.map((entry) => ENTRY_CSV_COLUMNS.map((column) => entry[column] ?? "")),
  ]);
}
