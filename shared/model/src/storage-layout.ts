/**
 * How flow configs are laid out in their one DynamoDB table: key names, key values and item shapes. The store,
 * the contact-flow reader, the item-size meter and the benches all read the layout from here. Zod-free (types
 * only from the schemas), so the contact-flow Lambdas import it without the model's validation.
 *
 * - `CONFIG#<id>` / `CURRENT`: the config body (`config`) and its metadata, no index keys; a deleted config leaves
 *   a tombstone here (`deleted: true`, its last version) so numbering continues and history stays reachable.
 * - `CONFIG#<id>` / `SUMMARY`: a live config's list row and its search text, a few hundred bytes, carrying the
 *   index keys: GSI1 (`CONFIG` / id) lists configs in id order, GSI2 (`TEMPLATE#<templateId>` / id, instances
 *   only) lists a template's instances. A search evaluates these small items, never the config bodies.
 *   Written in the same transaction as CURRENT; a delete removes it.
 * - `CONFIG#<id>` / `VERSION#<n>`: the history entry of version n and a snapshot of the config at n (for restore).
 * - `LOOKUP#<key>` / `LOOKUP`: which config owns a lookup key (unique by conditional writes).
 */
import type { Change, ConfigInput, ConfigMetadata, HistoryDetail, HistoryEntry, StoredConfig } from "./schemas";

/** The table's key attributes and its two indexes; the local stack, tests, the bench and the CDK table use them. */
export const CONFIG_TABLE = {
  partitionKey: "PK",
  sortKey: "SK",
  listIndex: { name: "GSI1", partitionKey: "GSI1PK", sortKey: "GSI1SK" },
  templateIndex: { name: "GSI2", partitionKey: "GSI2PK", sortKey: "GSI2SK" },
} as const;

export const CONFIG_PREFIX = "CONFIG#";
export const LOOKUP_PREFIX = "LOOKUP#";
export const LIST_PARTITION = "CONFIG";
export const TEMPLATE_PREFIX = "TEMPLATE#";
export const CURRENT = "CURRENT";
export const SUMMARY = "SUMMARY";
export const VERSION_PREFIX = "VERSION#";
export const LOOKUP = "LOOKUP";
/** Zero-padded so that versions sort by number under `begins_with(SK, "VERSION#")`. */
const VERSION_DIGITS = 10;

export interface ItemKey {
  PK: string;
  SK: string;
}

/** The CURRENT item of a live config. */
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
  /** A restore's source version. */
  restoredFrom?: number;
  /** Requester and approver, quick action, window: what the history names beside the changes. */
  detail?: HistoryDetail;
  /** The config as stored at this version; absent for a delete. */
  snapshot?: ConfigInput;
}

export interface LookupItem extends ItemKey {
  configId: string;
}

export function configPartition(id: string): string {
  return `${CONFIG_PREFIX}${id}`;
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
  return { PK: `${LOOKUP_PREFIX}${key}`, SK: LOOKUP };
}

/** The lookup key a LOOKUP item is for. */
export function lookupKeyOf(item: LookupItem): string {
  return item.PK.slice(LOOKUP_PREFIX.length);
}

export function templatePartition(templateId: string): string {
  return `${TEMPLATE_PREFIX}${templateId}`;
}

export function isTombstone(item: CurrentItem): item is TombstoneItem {
  return "deleted" in item && item.deleted === true;
}

/** The CURRENT item of a config as stored (the item `storedItemSize` measures). */
export function toCurrentItem(stored: StoredConfig): LiveCurrentItem {
  const { version, updatedAt, updatedBy, ...config } = stored;
  return { ...currentKey(config.id), id: config.id, templateId: config.templateId, version, updatedAt, updatedBy, config };
}

export function withMetadata(body: ConfigInput, metadata: ConfigMetadata): StoredConfig {
  return { ...body, version: metadata.version, updatedAt: metadata.updatedAt, updatedBy: metadata.updatedBy };
}

/** The live config a CURRENT item holds, or null for a tombstone. */
export function storedFromCurrentItem(item: CurrentItem): StoredConfig | null {
  return isTombstone(item) ? null : withMetadata(item.config, item);
}
