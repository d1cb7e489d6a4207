import type { Change } from "@flow-configs/model";

/** Long values (prompt texts) are cut in the history table; the compare view shows them whole. */
const SHORT = 40;

const short = (value: unknown): string => {
  if (value === undefined || value === null) return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text;
};

const what = (change: Change): string => `${change.name}${change.field && change.field !== "value" ? ` ${change.field.replace(/^values\./, "")}` : ""}`;

/** One line per change, e.g. `Closure: false → true`, `added Holiday`, `removed Welcome`. */
export function describeChange(change: Change): string {
  if (change.kind === "added") return `added ${change.entry} ${change.name}`;
  if (change.kind === "removed") return `removed ${change.entry} ${change.name}`;
  return `${what(change)}: ${short(change.before)} → ${short(change.after)}`;
}

/** What a version changed, in a line: the first few changes and how many more. */
export function summarizeChanges(changes: readonly Change[], shown = 3): string {
  if (changes.length === 0) return "No change of values";
  const head = changes.slice(0, shown).map(describeChange).join("; ");
  return changes.length > shown ? `${head}; and ${changes.length - shown} more` : head;
}
