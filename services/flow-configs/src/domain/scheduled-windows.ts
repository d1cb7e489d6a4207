import { randomUUID } from "node:crypto";
import { bodyOf, type ConfigInput, type ScheduledChange, type ScheduledChangeInput } from "@flow-configs/model";
import type { LoadedConfig } from "./config-access";
import type { UseCaseDeps } from "./use-case-deps";

/** The config's body with one more window, created by `createdBy` (the requester, when an approver applies it). */
export function addWindow(deps: UseCaseDeps, current: LoadedConfig, input: ScheduledChangeInput, createdBy: string): ConfigInput & { scheduledChanges: ScheduledChange[] } {
  const window: ScheduledChange = { id: randomUUID().slice(0, 8), ...input, createdBy, createdAt: deps.now().toISOString() };
  return { ...bodyOf(current.stored), scheduledChanges: [...(current.stored.scheduledChanges ?? []), window] };
}

/** A window as the history names it. */
export const windowDetail = ({ id, from, to }: ScheduledChange) => ({ scheduledChange: { id, from, ...(to !== undefined && { to }) } });
