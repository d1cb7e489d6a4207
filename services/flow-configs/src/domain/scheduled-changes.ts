import { checkScheduledChange, DomainError, effectiveTimeZone, type ChangeRequest, type FlowConfig, type ScheduledChangeInput } from "@flow-configs/model";
import type { Principal } from "#ports/authorizer";
import { changeRecord } from "./change-record";
import { requestChange } from "./change-requests";
import { loadForWrite, readReply } from "./config-access";
import { refuseOversizedSchedule, nextVersionOf, withField, writeNextVersion } from "./safe-change-write";
import { addWindow, windowDetail } from "./scheduled-windows";
import type { UseCaseDeps } from "./use-case-deps";

export type ScheduleOutcome = { kind: "scheduled"; config: FlowConfig } | { kind: "requested"; request: ChangeRequest };

/**
 * POST /flow-configs/{id}/scheduled-changes (admin, business in scope): a window in which a patch is in
 * effect, checked against the shape and against the response limit at every instant from now on. On a
 * config that requires approval it becomes a change request, and nothing a flow reads changes.
 */
export async function scheduleChange(
  deps: UseCaseDeps,
  principal: Principal,
  id: string,
  expectedVersion: number | undefined,
  input: ScheduledChangeInput,
): Promise<ScheduleOutcome> {
  const { current, version } = await loadForWrite(deps, principal, { id, expectedVersion, action: "ScheduleChange" });
  const timeZone = effectiveTimeZone(current.stored, current.template);
  const existing = current.stored.scheduledChanges?.length ?? 0;
  const issues = checkScheduledChange(input, { shape: current.effective, timeZone, nowMs: deps.now().getTime(), existing });
  if (issues.length > 0) throw DomainError.invalid(issues);
  if (current.effective.approval === "required") {
    return { kind: "requested", request: await requestChange(deps, principal, current, { kind: "schedule", ...input }) };
  }
  const next = addWindow(deps, current, input, principal.username);
  await refuseOversizedSchedule(deps, nextVersionOf(next, version + 1, deps, principal), current.template);
  const window = next.scheduledChanges[next.scheduledChanges.length - 1];
  if (!window) throw new Error("the new window is missing");
  const change = { kind: "added" as const, entry: "config" as const, name: "scheduledChanges", field: window.id, after: window };
  const saved = await writeNextVersion(deps, principal, current, next, changeRecord(deps, principal, "schedule-change", [change], windowDetail(window)));
  return { kind: "scheduled", config: readReply(saved) };
}

/** DELETE /flow-configs/{id}/scheduled-changes/{changeId} (same rights as scheduling): removed as a new version. */
export async function removeScheduledChange(
  deps: UseCaseDeps,
  principal: Principal,
  id: string,
  expectedVersion: number | undefined,
  changeId: string,
): Promise<FlowConfig> {
  const { current } = await loadForWrite(deps, principal, { id, expectedVersion, action: "ScheduleChange" });
  const existing = current.stored.scheduledChanges ?? [];
  const window = existing.find((candidate) => candidate.id === changeId);
  if (!window) {
    const inherited = current.template?.scheduledChanges?.some((candidate) => candidate.id === changeId);
    const where = inherited ? `: it is template ${current.template?.id}'s, remove it there` : "";
    throw new DomainError("NotFound", `flow config ${id} has no scheduled change ${changeId}${where}`);
  }
  const next = withField(current.stored, "scheduledChanges", existing.filter((candidate) => candidate !== window));
  const change = { kind: "removed" as const, entry: "config" as const, name: "scheduledChanges", field: window.id, before: window };
  const saved = await writeNextVersion(deps, principal, current, next, changeRecord(deps, principal, "remove-scheduled-change", [change], windowDetail(window)));
  return readReply(saved);
}
