import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { StoredConfig } from "@flow-configs/model/contact-flow";
import { currentKey, lookupKey, storedFromCurrentItem, type CurrentItem, type ItemKey, type LookupItem } from "@flow-configs/model/storage-layout";
import type { ConfigReader } from "#ports/config-reader";
import type { DynamoDbTransport } from "./dynamodb-transport";

/** Read-only access to the config table for the contact-flow Lambdas: GetItem only, eventually consistent. */
export class DynamoDbConfigReader implements ConfigReader {
  constructor(
    private readonly dynamoDb: DynamoDbTransport,
    private readonly tableName: string,
  ) {}

  async get(id: string): Promise<StoredConfig | null> {
    const item = await this.getItem<CurrentItem>(currentKey(id));
    return item ? storedFromCurrentItem(item) : null;
  }

  async findIdByLookupKey(key: string): Promise<string | null> {
    return (await this.getItem<LookupItem>(lookupKey(key)))?.configId ?? null;
  }

  private async getItem<T>(key: ItemKey): Promise<T | undefined> {
    const { Item } = await this.dynamoDb.call<{ Item?: Record<string, AttributeValue> }>("GetItem", { TableName: this.tableName, Key: marshall(key) });
    return Item ? (unmarshall(Item) as T) : undefined;
  }
}
