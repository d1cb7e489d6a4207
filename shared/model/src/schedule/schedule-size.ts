import { LIMITS } from "../limits";
import type { FlowConfig } from "../schemas";
import { maxResponseSize, type LargestResponse } from "../size-meters";
import { configAt, type CompiledSchedule } from "./windows";

/** The largest getConfig response a config's windows make, and the instant it is served at (null: the stored values). */
export interface LargestScheduledResponse extends LargestResponse {
  atMs: number | null;
}

/**
 * The largest response over every instant from `fromMs` on. What is served only changes at a window's
 * `from` or `to`, so the instant `fromMs` and every later boundary are enough.
 */
export function largestScheduledResponse(config: FlowConfig, schedule: CompiledSchedule, fromMs: number): LargestScheduledResponse {
  let largest: LargestScheduledResponse = { ...maxResponseSize(configAt(config, schedule, fromMs)), atMs: null };
  for (const atMs of schedule.boundaries) {
    if (atMs <= fromMs) continue;
    const size = maxResponseSize(configAt(config, schedule, atMs));
    if (size.bytes > largest.bytes) largest = { ...size, atMs };
  }
  return largest;
}

/** True when a response is over Amazon Connect's limit. */
export const overResponseLimit = (size: LargestResponse): boolean => size.bytes > LIMITS.responseBytes;
