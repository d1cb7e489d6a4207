import { CONFIG_TABLE, SUMMARY, configPartition } from "@flow-configs/model/storage-layout";
import { invalidCursor } from "#domain/invalid-cursor";

/** Which index a listing pages through, and the partition it reads (every config, or one template's instances). */
export interface ListIndex {
  name: string;
  partitionKey: string;
  sortKey: string;
  partition: string;
}

/** Where a query resumes: the index keys and the table keys of the last config's SUMMARY item on a page. */
export type ListPosition = Record<string, string>;

const positionKeys = (index: ListIndex) => [index.partitionKey, index.sortKey, CONFIG_TABLE.partitionKey, CONFIG_TABLE.sortKey];

/** The opaque `nextCursor` a client hands back: base64url of the position. */
export function encodeCursor(index: ListIndex, last: Record<string, unknown>): string {
  const position = Object.fromEntries(positionKeys(index).map((key) => [key, last[key]]));
  return Buffer.from(JSON.stringify(position), "utf8").toString("base64url");
}

/**
 * Reads a cursor back; anything this store did not hand out for this listing is invalid input, never a query error.
 * A cursor from before the SUMMARY items (it names a CURRENT item) is refused too: resuming from it would repeat a row.
 */
export function decodeCursor(index: ListIndex, cursor: string): ListPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor();
  }
  if (typeof decoded !== "object" || decoded === null) throw invalidCursor();
  const fields = decoded as Record<string, unknown>;
  const position = Object.fromEntries(positionKeys(index).map((key) => [key, fields[key]]));
  const wellFormed = Object.values(position).every((value) => typeof value === "string" && value !== "");
  if (!wellFormed || position[index.partitionKey] !== index.partition) throw invalidCursor();
  const id = position[index.sortKey] as string;
  if (position[CONFIG_TABLE.partitionKey] !== configPartition(id) || position[CONFIG_TABLE.sortKey] !== SUMMARY) throw invalidCursor();
  return position as ListPosition;
}
