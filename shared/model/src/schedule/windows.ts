import { mergePromptValues } from "../effective-config";
import type { FlowConfig } from "../schemas";
import { patchMisfits } from "./patch-fit";
import type { EntryValuesPatch, ScheduledChange } from "../schemas";
import { instantOf, parseDateTime } from "./time-zone";

/** A config's zone: its own, else its template's, else UTC. */
export function effectiveTimeZone(config: { timeZone?: string | undefined }, template: { timeZone?: string | undefined } | null): string {
  return config.timeZone ?? template?.timeZone ?? "UTC";
}

/** A scheduled change as instants: in effect from `fromMs` (inclusive) until `toMs` (exclusive). */
export interface ScheduleWindow {
  id: string;
  fromMs: number;
  /** `Infinity` for a change with no end: in effect until removed. */
  toMs: number;
  patch: EntryValuesPatch;
  /** A template's window reaches every instance; the instance's own windows win over it at the same `from`. */
  source: "template" | "own";
}

/** A config's windows, read once per cache fill so that a call only compares numbers. */
export interface CompiledSchedule {
  /** Sorted by `from`, a template's before the instance's own at the same instant: a later one wins per entry. */
  windows: readonly ScheduleWindow[];
  /** Every `from` and `to`, ascending. */
  boundaries: readonly number[];
}

export const EMPTY_SCHEDULE: CompiledSchedule = { windows: [], boundaries: [] };

export interface ScheduleSource {
  changes: readonly ScheduledChange[] | undefined;
  source: ScheduleWindow["source"];
}

/**
 * The windows of a config (and of its template) as instants in the config's time zone — so a template's
 * "2026-12-25T00:00" is each office's own midnight. A window whose patch no longer fits `shape` (the shape
 * changed after it was scheduled) is left out whole: never served half-applied.
 */
export function compileSchedule(sources: readonly ScheduleSource[], timeZone: string, shape: FlowConfig): CompiledSchedule {
  const windows: ScheduleWindow[] = [];
  for (const { changes, source } of sources) {
    for (const change of changes ?? []) {
      const from = parseDateTime(change.from);
      const to = change.to === undefined ? null : parseDateTime(change.to);
      if (!from || (change.to !== undefined && !to)) continue;
      if (patchMisfits(shape, change.patch).length > 0) continue;
      const fromMs = instantOf(from, timeZone);
      const toMs = to ? instantOf(to, timeZone) : Number.POSITIVE_INFINITY;
      if (toMs <= fromMs) continue;
      windows.push({ id: change.id, fromMs, toMs, patch: change.patch, source });
    }
  }
  const rank = (window: ScheduleWindow) => (window.source === "template" ? 0 : 1);
  windows.sort((a, b) => a.fromMs - b.fromMs || rank(a) - rank(b));
  const boundaries = [...new Set(windows.flatMap((window) => [window.fromMs, window.toMs]).filter(Number.isFinite))].sort((a, b) => a - b);
  return { windows, boundaries };
}

/** The windows in effect at an instant, in the order they apply. */
export function activeWindows(schedule: CompiledSchedule, atMs: number): ScheduleWindow[] {
  return schedule.windows.filter((window) => window.fromMs <= atMs && atMs < window.toMs);
}

/** The first `from` or `to` after `afterMs`, or null: a cached resolution is good until then. */
export function nextBoundary(schedule: CompiledSchedule, afterMs: number): number | null {
  for (const boundary of schedule.boundaries) if (boundary > afterMs) return boundary;
  return null;
}

/** A config's values with a patch on top (its entries keep their shape and source). */
export function withPatch(config: FlowConfig, patch: EntryValuesPatch): FlowConfig {
  if (patch.variables.length === 0 && patch.prompts.length === 0) return config;
  const values = new Map(patch.variables.map((change) => [change.name, change.value]));
  const texts = new Map(patch.prompts.map((change) => [change.name, change.values]));
  return {
    ...config,
    variables: config.variables.map((variable) => {
      const value = values.get(variable.name);
      return value === undefined ? variable : { ...variable, value };
    }),
    prompts: config.prompts.map((prompt) => {
      const change = texts.get(prompt.name);
      return change ? { ...prompt, values: mergePromptValues(prompt.values, change) } : prompt;
    }),
  };
}

/** What a contact flow reads at an instant: the stored values, then every window containing it, in `from` order. */
export function configAt(config: FlowConfig, schedule: CompiledSchedule, atMs: number): FlowConfig {
  let current = config;
  for (const window of schedule.windows) {
    if (window.fromMs > atMs) break;
    if (atMs < window.toMs) current = withPatch(current, window.patch);
  }
  return current;
}
