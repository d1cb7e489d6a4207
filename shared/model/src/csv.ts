import { CsvError, parse } from "csv-parse/browser/esm/sync";
import { escapeFormula, unescapeFormula } from "./csv-formula";
import { DomainError } from "./errors";

export interface CsvRecord {
  /** 1-based line where the record starts in the text. */
  line: number;
  cells: string[];
}

interface ParsedRecord {
  record: string[];
  info: { lines: number; empty_lines: number };
}

/**
 * Reads RFC 4180 CSV with csv-parse (a UTF-8 BOM skipped; quoted cells, doubled quotes and newlines inside
 * quotes; any line ending), keeping each record's first line. A stray or unterminated quote is a 400 naming
 * its line, never a silently shorter file. A cell written with the formula guard (`'=…`) reads back without it.
 * The browser build of csv-parse runs in Node too, so the model and the remote read CSV the same way.
 */
export function parseCsv(text: string): CsvRecord[] {
  let parsed: ParsedRecord[];
  try {
    parsed = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ["\r\n", "\n", "\r"],
    }) as unknown as ParsedRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw DomainError.invalid([{ path: "(csv)", message: error.message }]);
  }
  let lastLine = 0;
  let emptyLines = 0;
  return parsed.map(({ record, info }) => {
    // A record starts after the previous one and the empty lines skipped since
    const line = lastLine + 1 + (info.empty_lines - emptyLines);
    lastLine = info.lines;
    emptyLines = info.empty_lines;
    return { line, cells: record.map(unescapeFormula) };
  });
}

const needsQuotes = /[",\r\n]|^\s|\s$/;

/** Writes rows as CSV, quoting only the cells that need it, each guarded against running as a formula. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) =>
      row
        .map(escapeFormula)
        .map((cell) => (needsQuotes.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
        .join(","),
    )
    .join("\r\n")
    .concat("\r\n");
}
