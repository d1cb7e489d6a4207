import { randomUUID } from "node:crypto";
import {
  applyValuePatch,
  checkScheduledChange,
  DomainError,
  effectiveTimeZone,
  diff,
  effectiveConfig,
  entriesChangedSince,
  type ChangeRequest,
  type FlowConfig,
  type ScheduledChangeInput,
  type StoredConfig,
} from "@flow-configs/model";
import type { Principal } from "#ports/authorizer";
import { changeRecord } from "./change-record";
import { loadAuthorized, readReply, type LoadedConfig } from "./config-access";
import { unwrap } from "./result";
import { addWindow } from "./scheduled-windows";
import { nextVersionOf, refuseOversizedSchedule, withField, writeNextVersion } from "./safe-change-write";
import type { UseCaseDeps } from "./use-case-deps";
import { checkVersion, requireExpectedVersion } from "./version-check";

/** How many requests may wait at once, and how many decided ones stay beside the config (the history keeps all). */
const MAX_PENDING = 20;
const DECIDED_KEPT = 20;

export type RequestedChange = { kind: "values"; patch: ChangeRequest["patch"] } | ({ kind: "schedule" } & ScheduledChangeInput);

const pendingFirst = (a: ChangeRequest, b: ChangeRequest) =>
  Number(b.status === "pending") - Number(a.status === "pending") || b.requestedAt.localeCompare(a.requestedAt);

/** The requests kept beside a config: every pending one and the latest decided ones. */
function kept(requests: readonly ChangeRequest[]): ChangeRequest[] {
  const sorted = [...requests].sort(pendingFirst);
  const pending = sorted.filter((request) => request.status === "pending");
  return [...pending, ...sorted.filter((request) => request.status !== "pending").slice(0, DECIDED_KEPT)];
}

/**
 * A change on a config that requires approval: stored as a pending request (a new version that changes
 * nothing a flow reads), applied only when a second person approves it.
 */
export async function requestChange(deps: UseCaseDeps, principal: Principal, current: LoadedConfig, change: RequestedChange): Promise<ChangeRequest> {
  const requests = current.stored.changeRequests ?? [];
  if (requests.filter((request) => request.status === "pending").length >= MAX_PENDING) {
    throw new DomainError("Conflict", `flow config ${current.stored.id} already has ${MAX_PENDING} changes waiting for approval: approve or reject some first`);
  }
  const request: ChangeRequest = {
    id: randomUUID().slice(0, 8),
    ...change,
    requestedBy: principal.username,
    requestedAt: deps.now().toISOString(),
    baseVersion: current.stored.version,
    status: "pending",
  };
  const input = withField(current.stored, "changeRequests", kept([...requests, request]));
  const detail = { requestId: request.id, requestedBy: principal.username };
  await writeNextVersion(deps, principal, current, input, changeRecord(deps, principal, "request-change", [], detail));
  return request;
}

/** GET /flow-configs/{id}/change-requests (all three roles and approvers, in scope): pending first, newest first. */
export async function listChangeRequests(deps: UseCaseDeps, principal: Principal, id: string): Promise<ChangeRequest[]> {
  const current = await loadAuthorized(deps, principal, id, "ReadConfig");
  return [...(current.stored.changeRequests ?? [])].sort(pendingFirst);
}

async function loadPending(deps: UseCaseDeps, principal: Principal, id: string, expectedVersion: number | undefined, requestId: string) {
  const current = await loadAuthorized(deps, principal, id, "ApproveChange");
  const version = requireExpectedVersion(expectedVersion);
  const request = current.stored.changeRequests?.find((candidate) => candidate.id === requestId);
  if (!request) throw new DomainError("NotFound", `flow config ${id} has no change request ${requestId}`);
  if (request.status !== "pending") {
    throw new DomainError("Conflict", `change request ${requestId} was already ${request.status} by ${request.decidedBy ?? "someone"}`);
  }
  checkVersion(version, current.effective);
  return { current, request };
}

function decided(stored: StoredConfig, request: ChangeRequest, update: Partial<ChangeRequest>): ChangeRequest[] {
  return kept((stored.changeRequests ?? []).map((candidate) => (candidate.id === request.id ? { ...candidate, ...update } : candidate)));
}

/** What the requested change was made on: the config at its base version (with today's template). */
async function baseOf(deps: UseCaseDeps, current: LoadedConfig, request: ChangeRequest): Promise<FlowConfig> {
  const base = await deps.store.getVersion(current.stored.id, request.baseVersion);
  return base ? effectiveConfig(base, current.template) : current.effective;
}

/**
 * POST …/change-requests/{requestId}/approve (admins and approvers, in scope, never the requester): applies
 * the request as a new version naming requester and approver. If an entry it touches changed since it was
 * made, approving would undo that change silently: a 409 names the entries, and nothing is lost.
 */
export async function approveChangeRequest(
  deps: UseCaseDeps,
  principal: Principal,
  id: string,
  expectedVersion: number | undefined,
  requestId: string,
): Promise<FlowConfig> {
  const { current, request } = await loadPending(deps, principal, id, expectedVersion, requestId);
  if (request.requestedBy === principal.username) {
    throw new DomainError("Forbidden", `${principal.username} requested this change: another person must approve it`);
  }
  const changed = entriesChangedSince(await baseOf(deps, current, request), current.effective, request.patch);
  if (changed.length > 0) {
    throw new DomainError(
      "Conflict",
      `${changed.join(", ")} changed since ${request.requestedBy} asked (version ${request.baseVersion}): approving would undo that; reject this request and ask ${request.requestedBy} to ask again`,
    );
  }
  const approval = { status: "approved" as const, decidedBy: principal.username, decidedAt: deps.now().toISOString() };
  const detail = { requestId: request.id, requestedBy: request.requestedBy, approvedBy: principal.username };
  let body;
  if (request.kind === "values") {
    body = unwrap(applyValuePatch(current.stored, { variables: request.patch.variables, prompts: request.patch.prompts, reset: request.patch.reset }, current.template));
  } else {
    const window = { from: request.from ?? "", patch: { variables: request.patch.variables, prompts: request.patch.prompts }, ...(request.to !== undefined && { to: request.to }), ...(request.note !== undefined && { note: request.note }) };
    const issues = checkScheduledChange(window, {
      shape: current.effective,
      timeZone: effectiveTimeZone(current.stored, current.template),
      nowMs: deps.now().getTime(),
      existing: current.stored.scheduledChanges?.length ?? 0,
    });
    if (issues.length > 0) throw DomainError.invalid(issues);
    body = addWindow(deps, current, window, request.requestedBy);
  }
  const input = { ...body, changeRequests: decided(current.stored, request, approval) };
  const next = nextVersionOf(input, current.stored.version + 1, deps, principal);
  await refuseOversizedSchedule(deps, next, current.template);
  const changes = diff(current.effective, effectiveConfig(next, current.template));
  const saved = await writeNextVersion(deps, principal, current, input, changeRecord(deps, principal, "approve-change", changes, detail));
  return readReply(saved);
}

/** POST …/change-requests/{requestId}/reject (admins and approvers, in scope): `{ reason }`; nothing a flow reads changes. */
export async function rejectChangeRequest(
  deps: UseCaseDeps,
  principal: Principal,
  id: string,
  expectedVersion: number | undefined,
  requestId: string,
  reason: string,
): Promise<FlowConfig> {
  const { current, request } = await loadPending(deps, principal, id, expectedVersion, requestId);
  const rejection = { status: "rejected" as const, decidedBy: principal.username, decidedAt: deps.now().toISOString(), reason };
  const input = withField(current.stored, "changeRequests", decided(current.stored, request, rejection));
  const detail = { requestId: request.id, requestedBy: request.requestedBy, reason };
  const saved = await writeNextVersion(deps, principal, current, input, changeRecord(deps, principal, "reject-change", [], detail));
  return readReply(saved);
}
