import type { Change, ConfigInput, ConfigSummary, HistoryDetail, HistoryEntry, StoredConfig } from "@flow-configs/model";
import type { Scope } from "./authorizer";

/** Who made a change, when, what kind of change it was and what it changed (the history entry). */
export interface ChangeRecord {
  action: HistoryEntry["action"];
  by: string;
  /** ISO-8601 timestamp. */
  at: string;
  changes: Change[];
  /** On a restore: the version made current again. */
  restoredFrom?: number;
  /** Requester and approver, quick action, window: what the history names beside the changes. */
  detail?: HistoryDetail;
}

export interface ListQuery {
  /** Page size, 1–100. */
  limit: number;
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor?: string;
  /** Case-insensitive filter on id, description and lookup keys. */
  q?: string;
  /** Only the instances of this template (read from the template index, not filtered from every config). */
  templateId?: string;
  /** Only configs in this scope (`null`: every config). Applied by the query, before any authorization. */
  scope: Scope | null;
}

/** A page of history: the `limit` newest versions, or those older than `beforeVersion`. */
export interface HistoryQuery {
  limit: number;
  beforeVersion?: number;
}

export interface ConfigPageResult {
  items: ConfigSummary[];
  nextCursor: string | null;
}

/**
 * Where flow configs live. Every write is conditional on the version read (optimistic locking) and
 * writes the config, its history entry and its lookup keys atomically.
 * Errors are `DomainError`s: Conflict (id exists, lookup key owned by another config — message names
 * the owner), VersionConflict (stale `expectedVersion`), NotFound, TooLarge (item over 400 KB).
 */
export interface ConfigStore {
  get(id: string): Promise<StoredConfig | null>;
  /** The id of the config that owns a lookup key, or null. */
  findIdByLookupKey(lookupKey: string): Promise<string | null>;
  /** The live configs among `ids`, by id (batched reads; missing ids are simply absent). */
  getMany(ids: readonly string[]): Promise<Map<string, StoredConfig>>;
  /** The owner of each of `lookupKeys` that has one, by key (batched reads). */
  findIdsByLookupKeys(lookupKeys: readonly string[]): Promise<Map<string, string>>;
  /** How many live instances a template has, within `scope` if given (one index query, no scan). */
  countInstances(templateId: string, scope?: Scope | null): Promise<number>;
  /** Every live instance of a template, in id order (one paged index query, no scan). */
  listInstances(templateId: string): Promise<StoredConfig[]>;
  list(query: ListQuery): Promise<ConfigPageResult>;
  /** Creates version 1 (or continues the numbering of a deleted config with the same id). */
  create(input: ConfigInput, record: ChangeRecord): Promise<StoredConfig>;
  /** Writes `input` as version `expectedVersion + 1`. */
  update(id: string, expectedVersion: number, input: ConfigInput, record: ChangeRecord): Promise<StoredConfig>;
  /** Deletes the config and frees its lookup keys; its history is kept. */
  remove(id: string, expectedVersion: number, record: ChangeRecord): Promise<void>;
  /** Versions of a config, newest first (at most `limit`, default 100) — also of a deleted config. */
  history(id: string, query?: HistoryQuery): Promise<HistoryEntry[]>;
  /** The config as it was at a version (for restore), or null. */
  getVersion(id: string, version: number): Promise<StoredConfig | null>;
}
