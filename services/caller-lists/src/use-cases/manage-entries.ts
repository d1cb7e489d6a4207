import { DomainError, normalizePhoneNumber } from "@flow-configs/model";
import {
  AddEntriesBodySchema,
  checkEntries,
  numberPrefix,
  RemoveEntriesBodySchema,
  type CallerListEntry,
  type CheckedEntry,
  type EntriesPage,
  type EntriesReport,
  type RemoveEntriesReport,
} from "@flow-configs/model/caller-lists";
import type { Principal } from "#ports/authorizer";
import { invalidBody } from "./invalid-body";
import { listFor } from "./list-access";
import type { UseCaseDeps } from "./use-case-deps";

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 1000;

export interface EntriesRequest {
  q?: string | undefined;
  cursor?: string | undefined;
  limit?: string | undefined;
}

/** A page of live entries in number order, those starting with `q` when it is given. */
export async function listEntries(deps: UseCaseDeps, principal: Principal, listId: string, request: EntriesRequest): Promise<EntriesPage> {
  await listFor(deps, principal, "ReadEntries", listId);
  const prefix = numberPrefix(request.q ?? "");
  if (!prefix.ok) throw DomainError.invalid([{ path: "q", message: prefix.reason }]);
  const limit = request.limit === undefined ? DEFAULT_PAGE_SIZE : Number(request.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw DomainError.invalid([{ path: "limit", message: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` }]);
  }
  return deps.store.queryEntries(listId, { prefix: prefix.prefix, limit, now: deps.now(), ...(request.cursor ? { cursor: request.cursor } : {}) });
}

/** The checked entries as stored, signed by who added them and when. */
export function stamped(entries: readonly CheckedEntry[], principal: Principal, now: Date): CallerListEntry[] {
  const addedAt = now.toISOString();
  return entries.map(({ line: _line, ...entry }) => ({ ...entry, addedBy: principal.username, addedAt }));
}

/** Adds (or updates) up to 1000 entries; each is reported, the good ones kept even when others are refused. */
export async function addEntries(deps: UseCaseDeps, principal: Principal, listId: string, body: unknown): Promise<EntriesReport> {
  await listFor(deps, principal, "AddEntries", listId);
  const parsed = AddEntriesBodySchema.safeParse(body);
  if (!parsed.success) throw invalidBody(parsed.error);
  const now = deps.now();
  const checked = checkEntries(parsed.data.entries.map((value, index) => ({ line: index + 1, value })), now);
  await deps.store.putEntries(listId, stamped(checked.valid, principal, now));
  return {
    saved: checked.valid.length,
    rejected: checked.outcomes.length - checked.valid.length,
    outcomes: checked.outcomes.map((outcome) => (outcome.status === "valid" ? { ...outcome, status: "saved" } : outcome)),
  };
}

/** Takes numbers off the list (a number not on it is already off: no error). */
export async function removeEntries(deps: UseCaseDeps, principal: Principal, listId: string, body: unknown): Promise<RemoveEntriesReport> {
  await listFor(deps, principal, "RemoveEntries", listId);
  const parsed = RemoveEntriesBodySchema.safeParse(body);
  if (!parsed.success) throw invalidBody(parsed.error);
  const report: RemoveEntriesReport = { removed: [], invalid: [] };
  for (const raw of parsed.data.numbers) {
    const normalized = normalizePhoneNumber(raw);
    if (normalized.ok) report.removed.push(normalized.number);
    else report.invalid.push({ number: raw, message: normalized.reason });
  }
  report.removed = [...new Set(report.removed)];
  await deps.store.removeEntries(listId, report.removed);
  return report;
}
