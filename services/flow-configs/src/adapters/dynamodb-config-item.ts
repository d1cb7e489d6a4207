/** The items the store writes and reads back, built on the table's layout (`@flow-configs/model/storage-layout`). */
import { bodyOf, configSummary, type ConfigInput, type ConfigSummary, type HistoryEntry, type StoredConfig } from "@flow-configs/model";
import {
  LIST_PARTITION,
  currentKey,
  summaryKey,
  templatePartition,
  versionKey,
  withMetadata,
  type SummaryItem,
  type TombstoneItem,
  type VersionItem,
} from "@flow-configs/model/storage-layout";
import type { ChangeRecord } from "../ports/config-store";

/** What a listing's `q` matches: the lowercased id, description and lookup keys. */
export function searchText(body: ConfigInput): string {
  return [body.id, body.description, ...body.lookupKeys].join(" ").toLowerCase();
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

type RecordedChange = Pick<VersionItem, "action" | "changes" | "restoredFrom" | "detail">;

/** What a version records of its change, the same in the item and in the history entry read back from it. */
function recordedChange({ action, changes, restoredFrom, detail }: RecordedChange): RecordedChange {
  return { action, changes, ...(restoredFrom !== undefined && { restoredFrom }), ...(detail ? { detail } : {}) };
}

export function toVersionItem(id: string, version: number, record: ChangeRecord, snapshot: ConfigInput | null): VersionItem {
  return {
    ...versionKey(id, version),
    version,
    updatedAt: record.at,
    updatedBy: record.by,
    ...recordedChange(record),
    ...(snapshot ? { snapshot } : {}),
  };
}

/** The same history entry without the before/after values of its changes: what still fits when they do not. */
export function withoutChangeValues(item: VersionItem): VersionItem {
  return { ...item, changes: item.changes.map(({ before: _before, after: _after, ...change }) => change) };
}

export function storedFromVersionItem(item: VersionItem): StoredConfig | null {
  return item.snapshot ? withMetadata(item.snapshot, item) : null;
}

export function historyEntryFromItem(item: VersionItem): HistoryEntry {
  return { version: item.version, updatedAt: item.updatedAt, updatedBy: item.updatedBy, ...recordedChange(item) };
}

export function summaryFromItem(item: SummaryItem): ConfigSummary {
  return JSON.parse(item.row) as ConfigSummary;
}
