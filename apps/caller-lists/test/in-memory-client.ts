import { ApiError } from "@flow-configs/api-client";
import { normalizePhoneNumber } from "@flow-configs/model";
import {
  checkEntries,
  entriesToCsv,
  numberPrefix,
  parseEntriesCsv,
  type CallerList,
  type CallerListEntry,
  type EntryInput,
} from "@flow-configs/model/caller-lists";
import type { CallerListsClient } from "../src/api/caller-lists-client";

export interface RecordedCall {
  method: keyof CallerListsClient;
  args: unknown[];
}

/**
 * The client port backed by maps, for page tests: the model's own entry checks, CSV rules and prefix
 * search, cursors of `pageSize`, every call recorded, and a switch for the failures pages must survive.
 */
export class InMemoryClient implements CallerListsClient {
  readonly calls: RecordedCall[] = [];
  readonly lists = new Map<string, CallerList>();
  readonly entries = new Map<string, Map<string, CallerListEntry>>();
  /** The next call fails with this error instead of answering. */
  failNext: Error | null = null;
  pageSize = 50;

  constructor(lists: CallerList[] = []) {
    for (const list of lists) {
      this.lists.set(list.id, list);
      this.entries.set(list.id, new Map());
    }
  }

  put(listId: string, entries: CallerListEntry[]): void {
    for (const entry of entries) this.entriesOf(listId).set(entry.number, entry);
  }

  numbers(listId: string): string[] {
    return [...this.entriesOf(listId).keys()].sort();
  }

  private record(method: keyof CallerListsClient, ...args: unknown[]): void {
    this.calls.push({ method, args });
    const failure = this.failNext;
    this.failNext = null;
    if (failure) throw failure;
  }

  private entriesOf(listId: string): Map<string, CallerListEntry> {
    const entries = this.entries.get(listId);
    if (!entries) throw new ApiError(404, "NotFound", `caller list ${listId} does not exist`, [], null);
    return entries;
  }

  private stamp(entries: readonly EntryInput[]) {
    const checked = checkEntries(entries.map((value, index) => ({ line: index + 1, value })), new Date());
    return { checked, stored: checked.valid.map(({ line: _line, ...entry }) => ({ ...entry, addedBy: "morgan", addedAt: "2026-12-01T12:00:00.000Z" })) };
  }

  async listLists() {
    this.record("listLists");
    return [...this.lists.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  async createList(input: Parameters<CallerListsClient["createList"]>[0]) {
    this.record("createList", input);
    if (this.lists.has(input.id)) throw new ApiError(409, "Conflict", `list ${input.id} already exists`, [], null);
    const list: CallerList = { ...input, description: input.description ?? "", createdBy: "alex", createdAt: "2026-12-01T12:00:00.000Z" };
    this.lists.set(list.id, list);
    this.entries.set(list.id, new Map());
    return list;
  }

  async getList(listId: string) {
    this.record("getList", listId);
    const list = this.lists.get(listId);
    if (!list) throw new ApiError(404, "NotFound", `caller list ${listId} does not exist`, [], null);
    return list;
  }

  async deleteList(listId: string) {
    this.record("deleteList", listId);
    this.entriesOf(listId);
    this.lists.delete(listId);
    this.entries.delete(listId);
  }

  async listEntries(listId: string, params: { q?: string; cursor?: string } = {}) {
    this.record("listEntries", listId, params);
    const prefix = numberPrefix(params.q ?? "");
    if (!prefix.ok) throw new ApiError(400, "InvalidInput", prefix.reason, [{ path: "q", message: prefix.reason }], null);
    const matching = [...this.entriesOf(listId).values()].filter((entry) => entry.number.startsWith(prefix.prefix)).sort((a, b) => a.number.localeCompare(b.number));
    const start = params.cursor ? Number(params.cursor) : 0;
    const items = matching.slice(start, start + this.pageSize);
    return { items, ...(start + this.pageSize < matching.length ? { nextCursor: String(start + this.pageSize) } : {}) };
  }

  async addEntries(listId: string, entries: readonly EntryInput[]) {
    this.record("addEntries", listId, entries);
    const { checked, stored } = this.stamp(entries);
    this.put(listId, stored);
    return {
      saved: stored.length,
      rejected: checked.outcomes.length - stored.length,
      outcomes: checked.outcomes.map((outcome) => (outcome.status === "valid" ? { ...outcome, status: "saved" as const } : outcome)),
    };
  }

  async removeEntries(listId: string, numbers: readonly string[]) {
    this.record("removeEntries", listId, numbers);
    const removed = numbers.flatMap((raw) => {
      const normalized = normalizePhoneNumber(raw);
      return normalized.ok ? [normalized.number] : [];
    });
    for (const number of removed) this.entriesOf(listId).delete(number);
    return { removed, invalid: [] };
  }

  async importCsv(listId: string, csv: string, options: { dryRun: boolean }) {
    this.record("importCsv", listId, csv, options);
    this.entriesOf(listId);
    const checked = checkEntries(parseEntriesCsv(csv), new Date());
    const rejects = checked.outcomes.filter((outcome) => outcome.status !== "valid");
    return { dryRun: options.dryRun, valid: checked.valid.length, rejected: rejects.length, rejects };
  }

  async exportCsv(listId: string) {
    this.record("exportCsv", listId);
    return entriesToCsv([...this.entriesOf(listId).values()]);
  }
}
