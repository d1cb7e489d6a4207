import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { StoredConfig } from "@flow-configs/model/contact-flow";
import type { ConfigReader } from "#ports/config-reader";
import type { AwsJsonClient } from "./aws-json-client";

// The same keys and attributes as the store's layout (dynamodb-config-item.ts), repeated here because that
// module imports the zod model, which would add hundreds of kilobytes to the contact-flow Lambdas.
const currentKey = (id: string) => ({ PK: { S: `CONFIG#${id}` }, SK: { S: "CURRENT" } });
const lookupItemKey = (key: string) => ({ PK: { S: `LOOKUP#${key}` }, SK: { S: "LOOKUP" } });

type Item = Record<string, AttributeValue>;

interface CurrentItem {
  deleted?: boolean;
  version: number;
  updatedAt: string;
  updatedBy: string;
  config: Omit<StoredConfig, "version" | "updatedAt" | "updatedBy">;
}

/** Read-only access to the config table for the contact-flow Lambdas: GetItem only, eventually consistent. */
export class DynamoDbConfigReader implements ConfigReader {
  constructor(
    private readonly dynamoDb: AwsJsonClient,
    private readonly tableName: string,
  ) {}

  async get(id: string): Promise<StoredConfig | null> {
    const item = await this.getItem(currentKey(id));
    if (!item) return null;
    const current = unmarshall(item) as CurrentItem;
    if (current.deleted) return null;
    return { ...current.config, version: current.version, updatedAt: current.updatedAt, updatedBy: current.updatedBy } as StoredConfig;
  }

  async findIdByLookupKey(lookupKey: string): Promise<string | null> {
    const item = await this.getItem(lookupItemKey(lookupKey));
    return item?.configId?.S ?? null;
  }

  private async getItem(key: Item): Promise<Item | undefined> {
    const { Item } = await this.dynamoDb.call<{ Item?: Item }>("GetItem", { TableName: this.tableName, Key: key });
    return Item;
  }
}

export interface DynamoDbEndpointSettings {
  region: string;
  /** Default: `https://dynamodb.<region>.amazonaws.com`; locally the SDK's own `AWS_ENDPOINT_URL_DYNAMODB`. */
  endpoint?: string;
}

export function dynamoDbEndpoint({ region, endpoint }: DynamoDbEndpointSettings): string {
  return endpoint || `https://dynamodb.${region}.amazonaws.com`;
}
