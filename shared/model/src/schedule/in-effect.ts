import type { FlowConfig } from "../schemas";
import { configAt, type CompiledSchedule } from "./windows";

/** A variable a window changes at an instant: the value served then, and until when. */
export interface VariableInEffect {
  name: string;
  value: string;
  /** When the served value next changes or the last window on it closes; null: until a window is removed. */
  untilMs: number | null;
}

const valueIn = (config: FlowConfig, name: string) => config.variables.find((variable) => variable.name === name)?.value;

function touchedAt(schedule: CompiledSchedule, atMs: number): Set<string> {
  const names = new Set<string>();
  for (const window of schedule.windows) {
    if (window.fromMs <= atMs && atMs < window.toMs) for (const change of window.patch.variables) names.add(change.name);
  }
  return names;
}

/**
 * The variables some window changes at `atMs`, by name, with the value getConfig serves then and the first
 * later boundary at which that value changes or no window touches the variable any more.
 */
export function variablesInEffect(config: FlowConfig, schedule: CompiledSchedule, atMs: number): Map<string, VariableInEffect> {
  const now = configAt(config, schedule, atMs);
  const inEffect = new Map<string, VariableInEffect>();
  for (const name of touchedAt(schedule, atMs)) {
    const value = valueIn(now, name);
    if (value !== undefined) inEffect.set(name, { name, value, untilMs: null });
  }
  const open = new Set(inEffect.keys());
  for (const boundary of schedule.boundaries) {
    if (boundary <= atMs || open.size === 0) continue;
    const then = configAt(config, schedule, boundary);
    const touched = touchedAt(schedule, boundary);
    for (const name of [...open]) {
      const entry = inEffect.get(name);
      if (entry && (!touched.has(name) || valueIn(then, name) !== entry.value)) {
        inEffect.set(name, { ...entry, untilMs: boundary });
        open.delete(name);
      }
    }
  }
  return inEffect;
}
