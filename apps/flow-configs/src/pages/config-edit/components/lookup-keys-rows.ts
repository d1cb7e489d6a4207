import { LOOKUP_KEY_PATTERN } from "@flow-configs/model";
import type { Issue } from "@flow-configs/model";
import { plainMessage } from "../../../api/issue-messages";

/** The most lookup keys a config may have (the model's rule; each is one item in the write's transaction). */
export const MAX_LOOKUP_KEYS = 25;

/** What an office without lookup keys says, on its page and in the editor. */
export const NO_LOOKUP_KEYS = "No lookup keys: contact flows find this config only by its id.";

/** What is wrong with each row as typed, by row index: empty, malformed, or a repeat of an earlier row. */
export function lookupKeyRowErrors(keys: readonly string[]): (string | undefined)[] {
  return keys.map((key, index) => {
    const trimmed = key.trim();
    if (trimmed === "") return "Enter a key, or remove the row";
    if (!LOOKUP_KEY_PATTERN.test(trimmed)) return "Use 1–128 characters of A–Z a–z 0–9 _ + . -";
    if (keys.findIndex((other) => other.trim() === trimmed) < index) return "Listed twice";
    return undefined;
  });
}

/**
 * The API's refusals by row: an issue at `lookupKeys[i]` belongs to row i (400 for a malformed key, 409 for
 * one another config owns), said of the key that was sent; the rest are the form's.
 */
export function refusedRows(issues: readonly Issue[], sent: readonly string[]): { rows: Record<number, string>; rest: string[] } {
  const rows: Record<number, string> = {};
  const rest: string[] = [];
  for (const issue of issues) {
    const row = /^lookupKeys\[(\d+)\]/.exec(issue.path)?.[1];
    if (row === undefined) rest.push(issue.message);
    else rows[Number(row)] = `"${sent[Number(row)] ?? ""}" ${plainMessage(issue.message)}`;
  }
  return { rows, rest };
}
