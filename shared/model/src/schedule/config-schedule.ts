import type { FlowConfig } from "../schemas";
import { compileSchedule, type CompiledSchedule, type ScheduleWindow } from "./windows";

/** A config's schedule as the API sends the config: its template's windows and its own, read in its zone. */
export interface ConfigSchedule {
  /** The zone wall-clock times are read in: the config's (an instance's is its own or its template's), else UTC. */
  timeZone: string;
  schedule: CompiledSchedule;
}

/**
 * The schedule of a config as the API serves it (effective: `timeZone` already inherited, the template's windows
 * in `templateScheduledChanges`), so a page resolves "in effect now" exactly as getConfig does.
 */
export function configSchedule(config: FlowConfig): ConfigSchedule {
  const timeZone = config.timeZone ?? "UTC";
  const sources = [
    { changes: config.templateScheduledChanges, source: "template" as const },
    { changes: config.scheduledChanges, source: "own" as const },
  ];
  return { timeZone, schedule: compileSchedule(sources, timeZone, config) };
}

export type WindowStatus = "upcoming" | "in-effect" | "ended";

/** Where a window stands at an instant: not yet open, open (`from` inclusive), or closed (`to` exclusive). */
export function windowStatus(window: Pick<ScheduleWindow, "fromMs" | "toMs">, atMs: number): WindowStatus {
  if (atMs < window.fromMs) return "upcoming";
  return atMs < window.toMs ? "in-effect" : "ended";
}
