import { formatPath } from "../issue-path";
import { normalizePhoneNumber } from "../phone-number";
import { EntryInputSchema, type EntryOutcome } from "./caller-list-schemas";

/** One entry as received: `line` is its CSV line, or its index in the array + 1. */
export interface ReceivedEntry {
  line: number;
  value: unknown;
}

/** An entry fit to store: its number in E.164, its expiry an ISO instant in the future. */
export interface CheckedEntry {
  line: number;
  number: string;
  reason?: string;
  note?: string;
  expiresAt?: string;
}

export interface CheckedEntries {
  valid: CheckedEntry[];
  /** One per entry, in order: `valid` (with how its number was read) for the good ones, `invalid` or `duplicate` (with why) for the rest. */
  outcomes: EntryOutcome[];
}

/**
 * Checks entries one by one, so one bad line never sinks the others: the shape, the number (one rule:
 * `normalizePhoneNumber`), an expiry in the future, and a number given twice (the first one is kept).
 */
export function checkEntries(received: readonly ReceivedEntry[], now: Date): CheckedEntries {
  const result: CheckedEntries = { valid: [], outcomes: [] };
  const firstLine = new Map<string, number>();
  for (const { line, value } of received) {
    const parsed = EntryInputSchema.safeParse(value);
    if (!parsed.success) {
      const message = parsed.error.issues.map((issue) => `${formatPath(issue.path) || "(entry)"}: ${issue.message}`).join("; ");
      result.outcomes.push({ line, status: "invalid", message });
      continue;
    }
    const { number: raw, reason, note, expiresAt } = parsed.data;
    const normalized = normalizePhoneNumber(raw);
    if (!normalized.ok) {
      result.outcomes.push({ line, status: "invalid", message: `number: ${normalized.reason}` });
      continue;
    }
    const number = normalized.number;
    if (expiresAt !== undefined && Date.parse(expiresAt) <= now.getTime()) {
      result.outcomes.push({ line, number, status: "invalid", message: `expiresAt: ${expiresAt} is not in the future` });
      continue;
    }
    const earlier = firstLine.get(number);
    if (earlier !== undefined) {
      result.outcomes.push({ line, number, status: "duplicate", message: `${number} is also on line ${earlier}` });
      continue;
    }
    firstLine.set(number, line);
    const entry: CheckedEntry = { line, number };
    if (reason?.trim()) entry.reason = reason.trim();
    if (note?.trim()) entry.note = note.trim();
    if (expiresAt !== undefined) entry.expiresAt = new Date(expiresAt).toISOString();
    result.valid.push(entry);
    result.outcomes.push({ line, number, status: "valid", message: normalized.reading });
  }
  return result;
}
