import type { CallerList, CallerListEntry, EntriesPage } from "@flow-configs/model/caller-lists";

export interface EntryQuery {
  /** E.164 prefix such as `+1512`; empty: every entry. */
  prefix: string;
  limit: number;
  cursor?: string;
  /** Entries expired at this instant are off the list, whether or not TTL has deleted them yet. */
  now: Date;
}

/** What checkCallerList reads: a list and one entry, by key. */
export interface CallerListReader {
  getList(listId: string): Promise<CallerList | undefined>;
  getEntry(listId: string, number: string): Promise<CallerListEntry | undefined>;
}

/** The lists and their entries (DynamoDB in AWS and locally). */
export interface CallerListStore extends CallerListReader {
  listLists(): Promise<CallerList[]>;
  /** Fails with Conflict when the id is taken. */
  createList(list: CallerList): Promise<void>;
  /** Removes the list, then its entries; false when there was no such list. */
  deleteList(listId: string): Promise<boolean>;
  queryEntries(listId: string, query: EntryQuery): Promise<EntriesPage>;
  /** Every live entry, page by page (export). */
  allEntries(listId: string, now: Date): AsyncIterable<CallerListEntry[]>;
  /** Writes (or overwrites) entries; `onProgress` hears the count written so far. */
  putEntries(listId: string, entries: readonly CallerListEntry[], onProgress?: (written: number) => void): Promise<void>;
  removeEntries(listId: string, numbers: readonly string[]): Promise<void>;
}
