import { deepEqual } from "./deep-equal";
import type { Change, FlowConfig, Prompt, Variable } from "./schemas";

type ConfigField = "kind" | "description" | "languages" | "defaultLanguage" | "lookupKeys" | "templateId" | "timeZone" | "approval" | "quickActions";
const CONFIG_FIELDS: readonly ConfigField[] = ["kind", "description", "languages", "defaultLanguage", "lookupKeys", "templateId", "timeZone", "approval", "quickActions"];
const VARIABLE_FIELDS = ["type", "value", "options", "description", "note"] as const;

const same = deepEqual;

function byName<T extends { name: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.name, entry]));
}

function variableChanges(before: Variable, after: Variable): Change[] {
  return VARIABLE_FIELDS.filter((field) => !same(before[field], after[field])).map((field) => ({
    kind: "changed",
    entry: "variable",
    name: after.name,
    field,
    before: before[field],
    after: after[field],
  }));
}

function promptChanges(before: Prompt, after: Prompt): Change[] {
  const changes: Change[] = [];
  if (!same(before.description, after.description)) {
    changes.push({ kind: "changed", entry: "prompt", name: after.name, field: "description", before: before.description, after: after.description });
  }
  const languages = [...new Set([...Object.keys(before.values), ...Object.keys(after.values)])];
  for (const language of languages) {
    for (const variant of ["voice", "chat"] as const) {
      const old = before.values[language]?.[variant];
      const now = after.values[language]?.[variant];
      if (old !== now) {
        changes.push({ kind: "changed", entry: "prompt", name: after.name, field: `values.${language}.${variant}`, before: old, after: now });
      }
    }
  }
  return changes;
}

function entryChanges<T extends { name: string }>(
  entry: "variable" | "prompt",
  before: readonly T[],
  after: readonly T[],
  compare: (a: T, b: T) => Change[],
): Change[] {
  const old = byName(before);
  const now = byName(after);
  const changes: Change[] = [];
  for (const [name, entryBefore] of old) {
    const entryAfter = now.get(name);
    if (!entryAfter) changes.push({ kind: "removed", entry, name, before: entryBefore });
    else changes.push(...compare(entryBefore, entryAfter));
  }
  for (const [name, entryAfter] of now) {
    if (!old.has(name)) changes.push({ kind: "added", entry, name, after: entryAfter });
  }
  return changes;
}

const withoutSource = <T extends { source?: unknown }>(entries: readonly T[]): Omit<T, "source">[] =>
  entries.map(({ source: _source, ...entry }) => entry);

/**
 * What changed from one config to another, by entry name and field: the history's "what". A null side
 * means the config did not exist (created) or no longer exists (deleted).
 */
export function diff(before: FlowConfig | null, after: FlowConfig | null): Change[] {
  const empty = { variables: [], prompts: [] };
  const changes: Change[] = [];
  if (before && after) {
    for (const field of CONFIG_FIELDS) {
      if (!same(before[field], after[field])) {
        changes.push({ kind: "changed", entry: "config", name: field, before: before[field], after: after[field] });
      }
    }
  }
  const old = before ?? empty;
  const now = after ?? empty;
  changes.push(...entryChanges("variable", withoutSource(old.variables), withoutSource(now.variables), variableChanges));
  changes.push(...entryChanges("prompt", withoutSource(old.prompts), withoutSource(now.prompts), promptChanges));
  return changes;
}
