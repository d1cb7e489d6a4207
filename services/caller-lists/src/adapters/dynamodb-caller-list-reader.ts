import { GetItemCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { CallerList, CallerListEntry } from "@flow-configs/model/caller-lists";
import type { CallerListReader } from "#ports/caller-list-store";
import { fromEntryItem, fromListItem } from "./caller-list-items";
import { entryKey, listKey } from "./caller-list-table";

/** A list or an entry by key, one GetItem each: all checkCallerList reads (and all its IAM role allows). */
export class DynamoDbCallerListReader implements CallerListReader {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async getList(listId: string): Promise<CallerList | undefined> {
    const item = await this.getItem(listKey(listId));
    return item ? fromListItem(item) : undefined;
  }

  async getEntry(listId: string, number: string): Promise<CallerListEntry | undefined> {
    const item = await this.getItem(entryKey(listId, number));
    return item ? fromEntryItem(item) : undefined;
  }

  private async getItem(key: { PK: string; SK: string }): Promise<Record<string, unknown> | undefined> {
    const { Item } = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: marshall(key) }));
    return Item ? unmarshall(Item) : undefined;
  }
}
