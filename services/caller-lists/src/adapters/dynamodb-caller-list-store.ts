import { ConditionalCheckFailedException, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, DynamoDBDocumentClient, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError } from "@flow-configs/model";
import type { CallerList, CallerListEntry, EntriesPage } from "@flow-configs/model/caller-lists";
import type { CallerListStore, EntryQuery } from "#ports/caller-list-store";
import { batchWrite } from "./batch-writer";
import { fromEntryItem, fromListItem, isLive, toEntryItem, toListItem } from "./caller-list-items";
import { DynamoDbCallerListReader } from "./dynamodb-caller-list-reader";
import { entriesPartition, entryKey, listKey, LISTS_PARTITION } from "./caller-list-table";

const encodeCursor = (number: string) => Buffer.from(number, "utf8").toString("base64url");
function decodeCursor(cursor: string): string {
  const number = Buffer.from(cursor, "base64url").toString("utf8");
  if (!/^\+\d{1,15}$/.test(number)) throw DomainError.invalid([{ path: "cursor", message: "is not a cursor this API gave out" }]);
  return number;
}

/** The Caller Lists table in DynamoDB: lists in one partition, one item per entry (layout: caller-list-table.ts). */
export class DynamoDbCallerListStore implements CallerListStore {
  private readonly documents: DynamoDBDocumentClient;
  private readonly reader: DynamoDbCallerListReader;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    this.reader = new DynamoDbCallerListReader(client, tableName);
  }

  getList(listId: string): Promise<CallerList | undefined> {
    return this.reader.getList(listId);
  }

  getEntry(listId: string, number: string): Promise<CallerListEntry | undefined> {
    return this.reader.getEntry(listId, number);
  }

  async listLists(): Promise<CallerList[]> {
    const lists: CallerList[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.documents.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: "PK = :pk",
          ExpressionAttributeValues: { ":pk": LISTS_PARTITION },
          ExclusiveStartKey: startKey,
        }),
      );
      lists.push(...(page.Items ?? []).map(fromListItem));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return lists;
  }

  async createList(list: CallerList): Promise<void> {
    try {
      await this.documents.send(
        new PutCommand({ TableName: this.tableName, Item: toListItem(list), ConditionExpression: "attribute_not_exists(PK)" }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new DomainError("Conflict", `list ${list.id} already exists`);
      throw error;
    }
  }

  async deleteList(listId: string): Promise<boolean> {
    // Entries first: a delete cut short leaves the list in place, to be deleted again, never orphaned entries.
    for (;;) {
      const page = await this.documents.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: "PK = :pk",
          ExpressionAttributeValues: { ":pk": entriesPartition(listId) },
          ProjectionExpression: "PK, SK",
        }),
      );
      const keys = page.Items ?? [];
      if (keys.length === 0) break;
      await batchWrite(this.documents, this.tableName, keys.map((Key) => ({ DeleteRequest: { Key } })));
    }
    const { Attributes } = await this.documents.send(
      new DeleteCommand({ TableName: this.tableName, Key: listKey(listId), ReturnValues: "ALL_OLD" }),
    );
    return Attributes !== undefined;
  }

  async queryEntries(listId: string, query: EntryQuery): Promise<EntriesPage> {
    const items: CallerListEntry[] = [];
    let startKey: Record<string, unknown> | undefined = query.cursor ? entryKey(listId, decodeCursor(query.cursor)) : undefined;
    // Expired entries are filtered out after the read: keep reading until the page is full or the list ends.
    do {
      const page = await this.documents.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: query.prefix ? "PK = :pk AND begins_with(SK, :prefix)" : "PK = :pk",
          FilterExpression: "attribute_not_exists(expiresAt) OR expiresAt > :now",
          ExpressionAttributeValues: {
            ":pk": entriesPartition(listId),
            ":now": Math.floor(query.now.getTime() / 1000),
            ...(query.prefix ? { ":prefix": query.prefix } : {}),
          },
          Limit: query.limit - items.length,
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(page.Items ?? []).map(fromEntryItem).filter((entry) => isLive(entry, query.now)));
      startKey = page.LastEvaluatedKey;
    } while (startKey && items.length < query.limit);
    const last = startKey?.SK;
    return { items, ...(typeof last === "string" ? { nextCursor: encodeCursor(last) } : {}) };
  }

  async *allEntries(listId: string, now: Date): AsyncIterable<CallerListEntry[]> {
    let cursor: string | undefined;
    do {
      const page = await this.queryEntries(listId, { prefix: "", limit: 1000, now, ...(cursor ? { cursor } : {}) });
      if (page.items.length > 0) yield page.items;
      cursor = page.nextCursor;
    } while (cursor);
  }

  async putEntries(listId: string, entries: readonly CallerListEntry[], onProgress?: (written: number) => void): Promise<void> {
    await batchWrite(this.documents, this.tableName, entries.map((entry) => ({ PutRequest: { Item: toEntryItem(listId, entry) } })), onProgress);
  }

  async removeEntries(listId: string, numbers: readonly string[]): Promise<void> {
    await batchWrite(this.documents, this.tableName, numbers.map((number) => ({ DeleteRequest: { Key: entryKey(listId, number) } })));
  }
}
