import { nextBoundary } from "@flow-configs/model";
import type { CompiledSchedule } from "@flow-configs/model";
import { useEffect, useState } from "react";

// setTimeout's longest delay is about 24.8 days; a later boundary is waited for in steps.
const LONGEST_WAIT_MS = 2 ** 31 - 1;

/** Now, in milliseconds, moving on at each of the schedule's boundaries: a window opening or closing re-renders the page. */
export function useScheduleClock(schedule: CompiledSchedule): number {
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    const next = nextBoundary(schedule, nowMs);
    if (next === null) return undefined;
    const timer = setTimeout(() => setNowMs(Date.now()), Math.min(Math.max(next - Date.now(), 0) + 1, LONGEST_WAIT_MS));
    return () => clearTimeout(timer);
  }, [schedule, nowMs]);
  return nowMs;
}
