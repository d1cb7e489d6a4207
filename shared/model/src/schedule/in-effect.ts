import type { FlowConfig, PromptText } from "../schemas";
import { configAt, type CompiledSchedule } from "./windows";

/** An entry a window changes at an instant: the value served then, and until when. */
interface EntryInEffect<Value> {
  name: string;
  value: Value;
  /** When the served value next changes or the last window on it closes; null: until a window is removed. */
  untilMs: number | null;
}

/** A variable a window changes at an instant: the value getConfig serves then. */
export type VariableInEffect = EntryInEffect<string>;
/** A prompt a window changes at an instant: its texts by language, as getConfig serves them then. */
export type PromptInEffect = EntryInEffect<Record<string, PromptText>>;

type EntryKind = "variables" | "prompts";

const variableValue = (config: FlowConfig, name: string) => config.variables.find((variable) => variable.name === name)?.value;
const promptValue = (config: FlowConfig, name: string) => config.prompts.find((prompt) => prompt.name === name)?.values;

function touchedAt(schedule: CompiledSchedule, atMs: number, kind: EntryKind): Set<string> {
  const names = new Set<string>();
  for (const window of schedule.windows) {
    if (window.fromMs <= atMs && atMs < window.toMs) for (const change of window.patch[kind]) names.add(change.name);
  }
  return names;
}

/**
 * The entries of one kind some window changes at `atMs`, by name, with the value getConfig serves then and
 * the first later boundary at which that value changes or no window touches the entry any more.
 */
function entriesInEffect<Value>(
  config: FlowConfig,
  schedule: CompiledSchedule,
  atMs: number,
  kind: EntryKind,
  valueIn: (config: FlowConfig, name: string) => Value | undefined,
): Map<string, EntryInEffect<Value>> {
  const same = (a: Value | undefined, b: Value) => JSON.stringify(a) === JSON.stringify(b);
  const now = configAt(config, schedule, atMs);
  const inEffect = new Map<string, EntryInEffect<Value>>();
  for (const name of touchedAt(schedule, atMs, kind)) {
    const value = valueIn(now, name);
    if (value !== undefined) inEffect.set(name, { name, value, untilMs: null });
  }
  const open = new Set(inEffect.keys());
  for (const boundary of schedule.boundaries) {
    if (boundary <= atMs || open.size === 0) continue;
    const then = configAt(config, schedule, boundary);
    const touched = touchedAt(schedule, boundary, kind);
    for (const name of [...open]) {
      const entry = inEffect.get(name);
      if (entry && (!touched.has(name) || !same(valueIn(then, name), entry.value))) {
        inEffect.set(name, { ...entry, untilMs: boundary });
        open.delete(name);
      }
    }
  }
  return inEffect;
}

/** The variables some window changes at `atMs`, with the value served then and until when. */
export const variablesInEffect = (config: FlowConfig, schedule: CompiledSchedule, atMs: number): Map<string, VariableInEffect> =>
  entriesInEffect(config, schedule, atMs, "variables", variableValue);

/** The prompts some window changes at `atMs`, with their texts served then and until when. */
export const promptsInEffect = (config: FlowConfig, schedule: CompiledSchedule, atMs: number): Map<string, PromptInEffect> =>
  entriesInEffect(config, schedule, atMs, "prompts", promptValue);
