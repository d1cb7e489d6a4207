import { normalizePhoneNumber } from "./phone-number";

export interface PastedEntry {
  /** 1-based line number in the pasted text. */
  line: number;
  number: string;
  note?: string;
  /** How the number was read (`read as +1 617 555 0177 (North America, from national format)`). */
  reading: string;
}

export interface RejectedLine {
  line: number;
  text: string;
  reason: string;
}

export interface BulkEntries {
  /** New, valid, distinct numbers: what "add" would write. */
  entries: PastedEntry[];
  invalid: RejectedLine[];
  /** Numbers given twice in the paste or already on the list. */
  duplicates: RejectedLine[];
}

/**
 * Reads a pasted list, one number per line with an optional note after a comma or tab
 * (`+15551234567, repeat caller`). Every bad line is reported with its number and reason; the good ones
 * stay addable. Blank lines are skipped.
 */
export function parseBulkEntries(text: string, existingNumbers: Iterable<string>): BulkEntries {
  const existing = new Set(existingNumbers);
  const firstLine = new Map<string, number>();
  const result: BulkEntries = { entries: [], invalid: [], duplicates: [] };
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = index + 1;
    if (rawLine.trim() === "") return;
    const [numberPart = "", ...noteParts] = rawLine.split(/[,\t]/);
    const note = noteParts.join(",").trim();
    const normalized = normalizePhoneNumber(numberPart);
    if (!normalized.ok) {
      result.invalid.push({ line, text: rawLine, reason: normalized.reason });
      return;
    }
    const earlier = firstLine.get(normalized.number);
    if (earlier !== undefined) {
      result.duplicates.push({ line, text: rawLine, reason: `${normalized.number} is also on line ${earlier}` });
      return;
    }
    firstLine.set(normalized.number, line);
    if (existing.has(normalized.number)) {
      result.duplicates.push({ line, text: rawLine, reason: `${normalized.number} is already on the list` });
      return;
    }
    result.entries.push({ line, number: normalized.number, ...(note && { note }), reading: normalized.reading });
  });
  return result;
}

/** The pasted text cut down to the given lines, in their order: the lines that were not added stay in the box to fix. */
export function keepLines(text: string, lines: Iterable<number>): string {
  const all = text.split(/\r?\n/);
  return [...new Set(lines)]
    .sort((a, b) => a - b)
    .map((line) => all[line - 1] ?? "")
    .join("\n");
}
