import {
  bodyOf,
  configSummary,
  type Change,
  type ConfigInput,
  type ConfigMetadata,
  type ConfigSummary,
  type HistoryEntry,
  type StoredConfig,
  type HistoryDetail,
} from "@flow-configs/model";
import type { ChangeRecord } from "../ports/config-store";

/**
 * The items a flow config is stored as, one table (`PK`/`SK`):
 * - `CONFIG#<id>` / `CURRENT`: the config body (`config`) and its metadata, no index keys; a deleted config leaves
 *   a tombstone here (`deleted: true`, its last version) so numbering continues and history stays reachable.
 * - `CONFIG#<id>` / `SUMMARY`: a live config's list row and its search text, a few hundred bytes, carrying the
 *   index keys: GSI1 (`CONFIG` / id) lists configs in id order, GSI2 (`TEMPLATE#<templateId>` / id, instances
 *   only) lists a template's instances. A search evaluates these small items, never the config bodies.
 *   Written in the same transaction as CURRENT; a delete removes it.
 * - `CONFIG#<id>` / `VERSION#<n>`: the history entry of version n and a snapshot of the config at n (for restore).
 * - `LOOKUP#<key>` / `LOOKUP`: which config owns a lookup key (unique by conditional writes).
 */

export const LIST_PARTITION = "CONFIG";
export const TEMPLATE_PREFIX = "TEMPLATE#";
export const CURRENT = "CURRENT";
export const SUMMARY = "SUMMARY";
export const VERSION_PREFIX = "VERSION#";
/** Zero-padded so that versions sort by number under `begins_with(SK, "VERSION#")`. */
const VERSION_DIGITS = 10;

export interface ItemKey {
  PK: string;
  SK: string;
}

/** The CURRENT item of a live config. Its layout is the one `storedItemSize` in the model estimates. */
export interface LiveCurrentItem extends ItemKey {
  id: string;
  templateId: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string;
  config: ConfigInput;
}

/**
 * The SUMMARY item of a live config: the index keys, what a listing filters on (`search`, and `id` and
 * `templateId` for a scope), and the list row as one JSON string. DynamoDB evaluates a filter item by item
 * and its cost grows with the attributes each holds: the row packed in one attribute keeps a search over
 * 1500 offices to about half the time the same row spread over nine attributes takes.
 */
export interface SummaryItem extends ItemKey {
  GSI1PK: string;
  GSI1SK: string;
  /** Instances only: `TEMPLATE#<templateId>`. */
  GSI2PK?: string;
  GSI2SK?: string;
  id: string;
  templateId: string | null;
  /** Lowercased id, description and lookup keys: what `q` matches with `contains`. */
  search: string;
  /** The `ConfigSummary`, as JSON. */
  row: string;
}

export interface TombstoneItem extends ItemKey {
  id: string;
  deleted: true;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export type CurrentItem = LiveCurrentItem | TombstoneItem;

export interface VersionItem extends ItemKey {
  version: number;
  action: HistoryEntry["action"];
  updatedAt: string;
  updatedBy: string;
  changes: Change[];
  detail?: HistoryDetail;
  /** The config as stored at this version; absent for a delete. */
  snapshot?: ConfigInput;
}

export interface LookupItem extends ItemKey {
  configId: string;
}

export function configPartition(id: string): string {
  return `CONFIG#${id}`;
}

export function currentKey(id: string): ItemKey {
  return { PK: configPartition(id), SK: CURRENT };
}

export function summaryKey(id: string): ItemKey {
  return { PK: configPartition(id), SK: SUMMARY };
}

export function versionKey(id: string, version: number): ItemKey {
  return { PK: configPartition(id), SK: `${VERSION_PREFIX}${String(version).padStart(VERSION_DIGITS, "0")}` };
}

export function lookupKey(key: string): ItemKey {
  return { PK: `LOOKUP#${key}`, SK: "LOOKUP" };
}


export function isTombstone(item: CurrentItem): item is TombstoneItem {
  return "deleted" in item && item.deleted === true;
}

export function searchText(body: ConfigInput): string {
  return [body.id, body.description, ...body.lookupKeys].join(" ").toLowerCase();
}

export function templatePartition(templateId: string): string {
  return `${TEMPLATE_PREFIX}${templateId}`;
}

export function toCurrentItem(stored: StoredConfig): LiveCurrentItem {
  const body = bodyOf(stored);
  return {
    ...currentKey(body.id),
    id: body.id,
    templateId: body.templateId,
    version: stored.version,
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
    config: body,
  };
}

/** The SUMMARY item: index keys, what a listing filters on, and the list row (`configSummary`). */
export function toSummaryItem(stored: StoredConfig): SummaryItem {
  const body = bodyOf(stored);
  return {
    ...summaryKey(body.id),
    GSI1PK: LIST_PARTITION,
    GSI1SK: body.id,
    ...(body.templateId !== null ? { GSI2PK: templatePartition(body.templateId), GSI2SK: body.id } : {}),
    id: body.id,
    templateId: body.templateId,
    search: searchText(body),
    row: JSON.stringify(configSummary(stored)),
  };
}

export function toTombstoneItem(id: string, version: number, record: ChangeRecord): TombstoneItem {
  return { ...currentKey(id), id, deleted: true, version, updatedAt: record.at, updatedBy: record.by };
}

export function toVersionItem(
  id: string,
  version: number,
  record: ChangeRecord,
  snapshot: ConfigInput | null,
): VersionItem {
  return {
    ...versionKey(id, version),
    version,
    action: record.action,
    updatedAt: record.at,
    updatedBy: record.by,
    changes: record.changes,
    ...(record.detail ? { detail: record.detail } : {}),
    ...(snapshot ? { snapshot } : {}),
  };
}

/** The same history entry without the before/after values of its changes: what still fits when they do not. */
export function withoutChangeValues(item: VersionItem): VersionItem {
  return { ...item, changes: item.changes.map(({ before: _before, after: _after, ...change }) => change) };
}

export function withMetadata(body: ConfigInput, metadata: ConfigMetadata): StoredConfig {
  return { ...body, version: metadata.version, updatedAt: metadata.updatedAt, updatedBy: metadata.updatedBy };
}

export function storedFromCurrentItem(item: CurrentItem): StoredConfig | null {
  return isTombstone(item) ? null : withMetadata(item.config, item);
}

export function storedFromVersionItem(item: VersionItem): StoredConfig | null {
  return item.snapshot ? withMetadata(item.snapshot, item) : null;
}

export function historyEntryFromItem(item: VersionItem): HistoryEntry {
  return {
    version: item.version,
    action: item.action,
    updatedAt: item.updatedAt,
    updatedBy: item.updatedBy,
    changes: item.changes,
    ...(item.detail ? { detail: item.detail } : {}),
  };
}

export function summaryFromItem(item: SummaryItem): ConfigSummary {
  return JSON.parse(item.row) as ConfigSummary;
}
