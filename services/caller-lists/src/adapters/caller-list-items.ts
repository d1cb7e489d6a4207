import type { CallerList, CallerListEntry } from "@flow-configs/model/caller-lists";
import { entryKey, listKey } from "./caller-list-table";

/** A list as stored: its key and its fields. */
export type ListItem = ReturnType<typeof listKey> & CallerList;

/** An entry as stored: `expiresAt` in epoch seconds, the form DynamoDB TTL reads. */
export type EntryItem = ReturnType<typeof entryKey> & Omit<CallerListEntry, "expiresAt"> & { expiresAt?: number };

export const toListItem = (list: CallerList): ListItem => ({ ...listKey(list.id), ...list });

export function fromListItem(item: Record<string, unknown>): CallerList {
  const { id, description, kind, createdBy, createdAt } = item as ListItem;
  return { id, description, kind, createdBy, createdAt };
}

export function toEntryItem(listId: string, entry: CallerListEntry): EntryItem {
  const { expiresAt, ...rest } = entry;
  return { ...entryKey(listId, entry.number), ...rest, ...(expiresAt ? { expiresAt: Math.floor(Date.parse(expiresAt) / 1000) } : {}) };
}

export function fromEntryItem(item: Record<string, unknown>): CallerListEntry {
  const { number, reason, note, expiresAt, addedBy, addedAt } = item as EntryItem;
  return {
    number,
    ...(reason ? { reason } : {}),
    ...(note ? { note } : {}),
    ...(expiresAt !== undefined ? { expiresAt: new Date(expiresAt * 1000).toISOString() } : {}),
    addedBy,
    addedAt,
  };
}

/** Off the list from `expiresAt`, whether or not TTL has deleted the item yet. */
export const isLive = (entry: CallerListEntry, now: Date): boolean => entry.expiresAt === undefined || Date.parse(entry.expiresAt) > now.getTime();
