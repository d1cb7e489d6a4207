import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { BatchGetCommand, DynamoDBDocumentClient, GetCommand, QueryCommand, TransactWriteCommand, type BatchGetCommandOutput } from "@aws-sdk/lib-dynamodb";
import type { ConfigInput, HistoryEntry, StoredConfig } from "@flow-configs/model";
import {
  CONFIG_TABLE,
  VERSION_PREFIX,
  configPartition,
  currentKey,
  isTombstone,
  lookupKey,
  lookupKeyOf,
  storedFromCurrentItem,
  toCurrentItem,
  versionKey,
  withMetadata,
  type CurrentItem,
  type ItemKey,
  type LiveCurrentItem,
  type LookupItem,
  type SummaryItem,
  type VersionItem,
} from "@flow-configs/model/storage-layout";
import { notFound } from "#domain/config-access";
import type { Scope } from "../ports/authorizer";
import type { ChangeRecord, ConfigPageResult, ConfigStore, HistoryQuery, ListQuery } from "../ports/config-store";
import { historyEntryFromItem, storedFromVersionItem, toSummaryItem, toTombstoneItem, toVersionItem } from "./dynamodb-config-item";
import { countTemplateInstances, indexQuery, queryConfigPage, templateIndex } from "./dynamodb-list-query";
import { alreadyExists, explainFailedWrite, versionConflict } from "./dynamodb-write-failure";
import { transactItems, type WritePlan } from "./dynamodb-write-plan";
import { RecentItems } from "./recent-items";

/** BatchGetItem reads at most 100 keys per call. */
const BATCH_GET_KEYS = 100;
/** Rounds of BatchGetItem for what DynamoDB left unprocessed (throttling) before the read fails. */
const BATCH_GET_ROUNDS = 5;

/** The `ConfigStore` on one DynamoDB table (layout: `@flow-configs/model/storage-layout`). */
export class DynamoDbConfigStore implements ConfigStore {
  private readonly documents: DynamoDBDocumentClient;
  /**
   * CURRENT items this store read or wrote, by id. A config's CURRENT item at a version never changes (every
   * write makes a new version), so a write at the version the use case just read needs no second read.
   */
  private readonly recent = new RecentItems<CurrentItem>(256);

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    // Optional fields (a variable's description, a change's before/after) may be undefined: not written
    this.documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }

  async get(id: string): Promise<StoredConfig | null> {
    const current = await this.readCurrent(id);
    return current ? storedFromCurrentItem(current) : null;
  }

  async findIdByLookupKey(key: string): Promise<string | null> {
    const { Item } = await this.documents.send(new GetCommand({ TableName: this.tableName, Key: lookupKey(key), ConsistentRead: true }));
    return (Item as LookupItem | undefined)?.configId ?? null;
  }

  async getMany(ids: readonly string[]): Promise<Map<string, StoredConfig>> {
    const items = await this.batchGet<CurrentItem>([...new Set(ids)].map(currentKey));
    const configs = new Map<string, StoredConfig>();
    for (const item of items) {
      const stored = storedFromCurrentItem(item);
      if (stored) configs.set(stored.id, stored);
    }
    return configs;
  }

  async findIdsByLookupKeys(keys: readonly string[]): Promise<Map<string, string>> {
    const items = await this.batchGet<LookupItem>([...new Set(keys)].map(lookupKey));
    return new Map(items.map((item) => [lookupKeyOf(item), item.configId]));
  }

  async countInstances(templateId: string, scope: Scope | null = null): Promise<number> {
    return countTemplateInstances(this.documents, this.tableName, templateId, scope);
  }

  async listInstances(templateId: string): Promise<StoredConfig[]> {
    // The index holds the list rows: it gives the ids, the CURRENT items give the configs
    const base = indexQuery(this.tableName, templateIndex(templateId));
    const ids: string[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.documents.send(
        new QueryCommand({
          ...base,
          ProjectionExpression: "#id",
          ExpressionAttributeNames: { ...base.ExpressionAttributeNames, "#id": "id" },
          ExclusiveStartKey: startKey,
        }),
      );
      ids.push(...((page.Items ?? []) as Pick<SummaryItem, "id">[]).map((item) => item.id));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    const configs = await this.getMany(ids);
    // The index lags the table a little: a config relinked or deleted since is left out
    return ids.flatMap((id) => {
      const stored = configs.get(id);
      return stored && stored.templateId === templateId ? [stored] : [];
    });
  }

  list(query: ListQuery): Promise<ConfigPageResult> {
    return queryConfigPage(this.documents, this.tableName, query);
  }

  async create(input: ConfigInput, record: ChangeRecord): Promise<StoredConfig> {
    // A live config seen earlier may have been deleted since: only an absent or deleted one is taken on trust
    // (if it was created since, the transaction's condition fails and says so)
    const seen = this.recent.get(input.id);
    const existing = seen === null || (seen && isTombstone(seen)) ? seen : await this.readCurrent(input.id);
    if (existing && !isTombstone(existing)) throw alreadyExists(input.id);
    // Over a tombstone the numbering continues after the delete
    const version = (existing?.version ?? 0) + 1;
    const stored = withMetadata(input, { version, updatedAt: record.at, updatedBy: record.by });
    await this.write({
      id: input.id,
      expectation: { kind: "create", tombstone: existing },
      current: toCurrentItem(stored),
      summary: toSummaryItem(stored),
      version: toVersionItem(input.id, stored.version, record, input),
      claimedKeys: input.lookupKeys,
      releasedKeys: [],
    });
    return stored;
  }

  async update(id: string, expectedVersion: number, input: ConfigInput, record: ChangeRecord): Promise<StoredConfig> {
    const existing = await this.liveAt(id, expectedVersion);
    const stored = withMetadata(input, { version: expectedVersion + 1, updatedAt: record.at, updatedBy: record.by });
    await this.write({
      id,
      expectation: { kind: "change", expectedVersion },
      current: toCurrentItem(stored),
      summary: toSummaryItem(stored),
      version: toVersionItem(id, stored.version, record, input),
      claimedKeys: input.lookupKeys,
      releasedKeys: existing.config.lookupKeys.filter((key) => !input.lookupKeys.includes(key)),
    });
    return stored;
  }

  async remove(id: string, expectedVersion: number, record: ChangeRecord): Promise<void> {
    const existing = await this.liveAt(id, expectedVersion);
    const version = expectedVersion + 1;
    await this.write({
      id,
      expectation: { kind: "change", expectedVersion },
      current: toTombstoneItem(id, version, record),
      summary: null,
      version: toVersionItem(id, version, record, null),
      claimedKeys: [],
      releasedKeys: existing.config.lookupKeys,
    });
  }

  async history(id: string, { limit, beforeVersion }: HistoryQuery = { limit: 100 }): Promise<HistoryEntry[]> {
    const entries: HistoryEntry[] = [];
    // Newest first, so starting after VERSION#<n> reads the versions older than n
    let startKey: Record<string, unknown> | undefined = beforeVersion === undefined ? undefined : { ...versionKey(id, beforeVersion) };
    do {
      const page = await this.documents.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: "#pk = :pk AND begins_with(#sk, :versionPrefix)",
          // The snapshots can be large and history does not show them
          ProjectionExpression: "#version, #action, #updatedAt, #updatedBy, #changes, #restoredFrom, #detail",
          ExpressionAttributeNames: {
            "#pk": CONFIG_TABLE.partitionKey,
            "#sk": CONFIG_TABLE.sortKey,
            "#version": "version",
            "#action": "action",
            "#updatedAt": "updatedAt",
            "#updatedBy": "updatedBy",
            "#changes": "changes",
            "#restoredFrom": "restoredFrom",
            "#detail": "detail",
          },
          ExpressionAttributeValues: { ":pk": configPartition(id), ":versionPrefix": VERSION_PREFIX },
          ScanIndexForward: false,
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
          Limit: limit - entries.length,
        }),
      );
      entries.push(...((page.Items ?? []) as VersionItem[]).map(historyEntryFromItem));
      startKey = page.LastEvaluatedKey;
    } while (startKey && entries.length < limit);
    return entries;
  }

  async getVersion(id: string, version: number): Promise<StoredConfig | null> {
    const { Item } = await this.documents.send(new GetCommand({ TableName: this.tableName, Key: versionKey(id, version), ConsistentRead: true }));
    return Item ? storedFromVersionItem(Item as VersionItem) : null;
  }

  /** Strongly consistent BatchGetItem of any number of keys, retrying what DynamoDB leaves unprocessed a bounded number of times. */
  private async batchGet<T>(keys: readonly ItemKey[]): Promise<T[]> {
    const items: T[] = [];
    for (let start = 0; start < keys.length; start += BATCH_GET_KEYS) {
      let pending: Record<string, unknown>[] | undefined = keys.slice(start, start + BATCH_GET_KEYS).map((key) => ({ ...key }));
      for (let round = 0; pending && pending.length > 0; round += 1) {
        if (round === BATCH_GET_ROUNDS) throw new Error(`DynamoDB left ${pending.length} of the keys unread after ${BATCH_GET_ROUNDS} rounds of BatchGetItem`);
        // Jittered backoff between rounds, as the SDK does between its own retries
        if (round > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** round));
        const reply: BatchGetCommandOutput = await this.documents.send(
          new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: pending, ConsistentRead: true } } }),
        );
        items.push(...((reply.Responses?.[this.tableName] ?? []) as T[]));
        pending = reply.UnprocessedKeys?.[this.tableName]?.Keys;
      }
    }
    return items;
  }

  private async readCurrent(id: string): Promise<CurrentItem | null> {
    const { Item } = await this.documents.send(new GetCommand({ TableName: this.tableName, Key: currentKey(id), ConsistentRead: true }));
    const current = (Item as CurrentItem | undefined) ?? null;
    this.recent.set(id, current);
    return current;
  }

  /** The live config at the expected version: remembered from the use case's read, else read; a stale version fails before anything is written. */
  private async liveAt(id: string, expectedVersion: number): Promise<LiveCurrentItem> {
    const seen = this.recent.get(id);
    const current = seen && seen.version === expectedVersion && !isTombstone(seen) ? seen : await this.readCurrent(id);
    if (!current || isTombstone(current)) throw notFound(id);
    if (current.version !== expectedVersion) throw versionConflict(id, expectedVersion, current.version);
    return current;
  }

  private async write(plan: WritePlan): Promise<void> {
    const items = transactItems(this.tableName, plan);
    try {
      // The SDK fills in ClientRequestToken and keeps it across its retries: a retried commit is not a conflict
      await this.documents.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      this.recent.delete(plan.id);
      throw await explainFailedWrite(error, plan, {
        currentState: async (id) => {
          const current = await this.readCurrent(id);
          return current ? { deleted: isTombstone(current), version: current.version } : null;
        },
        findIdByLookupKey: (key) => this.findIdByLookupKey(key),
      });
    }
    this.recent.set(plan.id, plan.current);
  }
}
