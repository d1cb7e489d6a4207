import { parseBulkEntries } from "@flow-configs/model";
import type { EntryInput } from "@flow-configs/model/caller-lists";
import type { RejectedLine } from "./components/rejected-lines";

export interface PastePlan {
  /** What to send, with the pasted line each came from. */
  entries: { line: number; input: EntryInput }[];
  /** Lines refused before sending: not numbers, or given twice. */
  rejected: RejectedLine[];
}

/** Reads pasted lines "number[, reason]" with the model's one rule; every entry gets the chosen expiry. */
export function planPaste(text: string, expiresAt: string | undefined): PastePlan {
  const parsed = parseBulkEntries(text, []);
  return {
    entries: parsed.entries.map(({ line, number, note }) => ({
      line,
      input: { number, ...(note ? { reason: note } : {}), ...(expiresAt ? { expiresAt } : {}) },
    })),
    rejected: [...parsed.invalid, ...parsed.duplicates]
      .map(({ line, text: lineText, reason }) => ({ line, text: lineText, why: reason }))
      .sort((a, b) => a.line - b.line),
  };
}
