import {
  TransactionCanceledException,
  type CancellationReason,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type BatchGetCommandOutput,
  type TransactWriteCommandInput,
} from "@aws-sdk/lib-dynamodb";
import {
  DomainError,
  LIMITS,
  itemSize,
  type ConfigInput,
  type HistoryEntry,
  type StoredConfig,
} from "@flow-configs/model";
import type { Scope } from "../ports/authorizer";
import type { ChangeRecord, ConfigPageResult, ConfigStore, ListQuery } from "../ports/config-store";
import {
  LIST_PARTITION,
  VERSION_PREFIX,
  configPartition,
  currentKey,
  historyEntryFromItem,
  isTombstone,
  lookupKey,
  storedFromCurrentItem,
  storedFromVersionItem,
  summaryFromItem,
  summaryKey,
  templatePartition,
  toCurrentItem,
  toSummaryItem,
  toTombstoneItem,
  toVersionItem,
  versionKey,
  withMetadata,
  withoutChangeValues,
  type CurrentItem,
  type ItemKey,
  type LiveCurrentItem,
  type LookupItem,
  type SummaryItem,
  type TombstoneItem,
  type VersionItem,
} from "./dynamodb-config-item";
import { decodeCursor, encodeCursor, type ListIndex } from "./dynamodb-list-cursor";
import { CONFIG_TABLE } from "./dynamodb-table";

type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/** What the CURRENT item must look like for a write to go ahead. */
type Expectation =
  | { kind: "create"; tombstone: TombstoneItem | null }
  | { kind: "change"; expectedVersion: number };

/** One create, update or delete: everything it writes, committed together or not at all. */
interface WritePlan {
  id: string;
  expectation: Expectation;
  current: CurrentItem;
  /** The list row of the config after the write; null for a delete (the row goes). */
  summary: SummaryItem | null;
  version: VersionItem;
  /** Lookup keys the config has after the write (claimed, or confirmed as its own). */
  claimedKeys: readonly string[];
  /** Lookup keys the config had before and no longer has. */
  releasedKeys: readonly string[];
}

/** BatchGetItem reads at most 100 keys per call. */
const BATCH_GET_KEYS = 100;
/** DynamoDB's `IN` takes at most 100 operands. */
const IN_OPERANDS = 100;
/**
 * With a filter, evaluate at least this many configs per query so a search needs few round trips: about what
 * DynamoDB's 1 MB page holds of SUMMARY items (a few hundred bytes each), so 1500 offices are one query.
 */
const FILTERED_BATCH = 3000;
/**
 * A write's transaction: CURRENT, VERSION, SUMMARY, then each claimed and each released lookup key. With at
 * most 25 lookup keys before and after (the model's limit) that is at most 53 of TransactWriteItems' 100.
 */
const KEY_ITEMS_START = 3;

/** The `ConfigStore` on one DynamoDB table (layout: `dynamodb-config-item.ts`). */
export class DynamoDbConfigStore implements ConfigStore {
  private readonly documents: DynamoDBDocumentClient;

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
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: lookupKey(key), ConsistentRead: true }),
    );
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
    return new Map(items.map((item) => [item.PK.slice("LOOKUP#".length), item.configId]));
  }

  async countInstances(templateId: string): Promise<number> {
    const index = templateIndex(templateId);
    let count = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.documents.send(
        new QueryCommand({ ...indexQuery(this.tableName, index), Select: "COUNT", ExclusiveStartKey: startKey }),
      );
      count += page.Count ?? 0;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return count;
  }

  async listInstances(templateId: string): Promise<StoredConfig[]> {
    // The index holds the list rows: it gives the ids, the CURRENT items give the configs
    const index = templateIndex(templateId);
    const base = indexQuery(this.tableName, index);
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

  async list(query: ListQuery): Promise<ConfigPageResult> {
    if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > 100) {
      throw DomainError.invalid([{ path: "limit", message: "must be a whole number from 1 to 100" }]);
    }
    const { scope } = query;
    if (scope && scope.ids.length === 0 && scope.templates.length === 0) return { items: [], nextCursor: null };

    // A template's instances come from their own index partition; every config from the list index
    const index = query.templateId === undefined ? LIST_INDEX : templateIndex(query.templateId);
    const filter = listFilter(query.q?.trim().toLowerCase() ?? "", scope);
    const base = indexQuery(this.tableName, index);
    // One config more than the page: if it exists, the page gets a cursor; if not, the last page has none
    const wanted = query.limit + 1;
    const found: SummaryItem[] = [];
    let startKey: Record<string, unknown> | undefined = query.cursor ? { ...decodeCursor(index, query.cursor) } : undefined;
    do {
      const missing = wanted - found.length;
      const page = await this.documents.send(
        new QueryCommand({
          ...base,
          ...filter,
          ExpressionAttributeNames: { ...filter?.ExpressionAttributeNames, ...base.ExpressionAttributeNames },
          ExpressionAttributeValues: { ...filter?.ExpressionAttributeValues, ...base.ExpressionAttributeValues },
          ExclusiveStartKey: startKey,
          Limit: filter ? Math.max(missing, FILTERED_BATCH) : missing,
        }),
      );
      found.push(...((page.Items ?? []) as SummaryItem[]));
      startKey = page.LastEvaluatedKey;
    } while (found.length < wanted && startKey);

    const items = found.slice(0, query.limit);
    const last = items.at(-1);
    const nextCursor = found.length > query.limit && last ? encodeCursor(index, { ...last }) : null;
    return { items: items.map(summaryFromItem), nextCursor };
  }


  async create(input: ConfigInput, record: ChangeRecord): Promise<StoredConfig> {
    const existing = await this.readCurrent(input.id);
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
    if (input.id !== id) {
      throw DomainError.invalid([{ path: "id", message: `must be ${id}, the id of the config being changed` }]);
    }
    const existing = await this.readLive(id, expectedVersion);
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
    const existing = await this.readLive(id, expectedVersion);
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

  async history(id: string): Promise<HistoryEntry[]> {
    const entries: HistoryEntry[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.documents.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: "#pk = :pk AND begins_with(#sk, :versionPrefix)",
          // The snapshots can be large and history does not show them
          ProjectionExpression: "#version, #action, #updatedAt, #updatedBy, #changes, #detail",
          ExpressionAttributeNames: {
            "#pk": CONFIG_TABLE.partitionKey,
            "#sk": CONFIG_TABLE.sortKey,
            "#version": "version",
            "#action": "action",
            "#updatedAt": "updatedAt",
            "#updatedBy": "updatedBy",
            "#changes": "changes",
            "#detail": "detail",
          },
          ExpressionAttributeValues: { ":pk": configPartition(id), ":versionPrefix": VERSION_PREFIX },
          ScanIndexForward: false,
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      entries.push(...((page.Items ?? []) as VersionItem[]).map(historyEntryFromItem));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return entries;
  }

  async getVersion(id: string, version: number): Promise<StoredConfig | null> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: versionKey(id, version), ConsistentRead: true }),
    );
    return Item ? storedFromVersionItem(Item as VersionItem) : null;
  }

  /** Strongly consistent BatchGetItem of any number of keys, retrying what DynamoDB leaves unprocessed. */
  private async batchGet<T>(keys: readonly ItemKey[]): Promise<T[]> {
    const items: T[] = [];
    for (let start = 0; start < keys.length; start += BATCH_GET_KEYS) {
      let pending: Record<string, unknown>[] | undefined = keys.slice(start, start + BATCH_GET_KEYS).map((key) => ({ ...key }));
      for (let attempt = 0; pending && pending.length > 0; attempt += 1) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 20 * 2 ** attempt)));
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
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: currentKey(id), ConsistentRead: true }),
    );
    return (Item as CurrentItem | undefined) ?? null;
  }

  /** The live config at the expected version; a stale version fails here, before anything is written. */
  private async readLive(id: string, expectedVersion: number): Promise<LiveCurrentItem> {
    const current = await this.readCurrent(id);
    if (!current || isTombstone(current)) throw notFound(id);
    if (current.version !== expectedVersion) throw versionConflict(id, expectedVersion, current.version);
    return current;
  }

  private async write(plan: WritePlan): Promise<void> {
    const { id } = plan;
    const currentBytes = itemSize({ ...plan.current });
    if (currentBytes > LIMITS.itemBytes) throw tooLarge(id, currentBytes);
    const versionItem = fitVersionItem(plan.version);
    const versionBytes = itemSize({ ...versionItem });
    if (versionBytes > LIMITS.itemBytes) throw tooLarge(id, versionBytes);

    const claimedKeys = [...new Set(plan.claimedKeys)];
    const transactItems: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: plan.current,
          ...currentCondition(plan.expectation),
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: versionItem,
          ConditionExpression: "attribute_not_exists(#pk)",
          ExpressionAttributeNames: { "#pk": CONFIG_TABLE.partitionKey },
        },
      },
      // Unconditional: the CURRENT item's condition decides for the whole transaction
      plan.summary
        ? { Put: { TableName: this.tableName, Item: plan.summary } }
        : { Delete: { TableName: this.tableName, Key: summaryKey(id) } },
      ...claimedKeys.map(
        (key): TransactItem => ({
          Put: {
            TableName: this.tableName,
            Item: { ...lookupKey(key), configId: id } satisfies LookupItem,
            ...ownLookupCondition(id),
            ReturnValuesOnConditionCheckFailure: "ALL_OLD",
          },
        }),
      ),
      ...plan.releasedKeys.map(
        (key): TransactItem => ({
          // Never deletes a key another config owns, and a key already gone is no reason to fail
          Delete: { TableName: this.tableName, Key: lookupKey(key), ...ownLookupCondition(id) },
        }),
      ),
    ];

    try {
      // The SDK fills in ClientRequestToken and keeps it across its retries: a retried commit is not a conflict
      await this.documents.send(new TransactWriteCommand({ TransactItems: transactItems }));
    } catch (error) {
      throw await this.explainFailedWrite(error, plan, claimedKeys);
    }
  }

  /** Turns a cancelled transaction into the DomainError that says why; anything else passes through. */
  private async explainFailedWrite(error: unknown, plan: WritePlan, claimedKeys: readonly string[]): Promise<unknown> {
    if (isItemTooLarge(error)) return tooLarge(plan.id, null);
    if (!(error instanceof TransactionCanceledException)) return error;
    const reasons = error.CancellationReasons ?? [];
    if (reasons.some(isItemTooLargeReason)) return tooLarge(plan.id, null);

    const [currentReason, versionReason, summaryReason] = reasons;
    if (failed(currentReason) || failed(versionReason) || failed(summaryReason)) {
      return this.explainCurrentConflict(plan, currentReason);
    }
    for (const [index, key] of claimedKeys.entries()) {
      const reason = reasons[KEY_ITEMS_START + index];
      if (!failed(reason)) continue;
      if (reason?.Code === "ConditionalCheckFailed") {
        const owner = reason.Item?.configId?.S ?? (await this.findIdByLookupKey(key)) ?? "another config";
        return new DomainError("Conflict", `lookup key ${key} is already used by flow config ${owner}`, [
          { path: `lookupKeys[${plan.claimedKeys.indexOf(key)}]`, message: `is already used by flow config ${owner}` },
        ]);
      }
      return new DomainError("Conflict", `lookup key ${key} is being changed by another request; try again`);
    }
    if (reasons.some((reason) => reason.Code === "TransactionConflict")) {
      // A released key that another write was touching at the same moment
      return new DomainError("Conflict", `flow config ${plan.id} was changed by another request at the same time; try again`);
    }
    return error;
  }

  private async explainCurrentConflict(plan: WritePlan, reason: CancellationReason | undefined): Promise<DomainError> {
    const { id, expectation } = plan;
    const oldItem = reason?.Item;
    const current = oldItem
      ? { deleted: oldItem.deleted?.BOOL === true, version: Number(oldItem.version?.N) }
      : await this.currentState(id);
    if (expectation.kind === "create") {
      if (current && !current.deleted) return alreadyExists(id);
      return new DomainError("Conflict", `flow config ${id} was changed by another request at the same time; try again`);
    }
    if (!current || current.deleted) return notFound(id);
    if (current.version === expectation.expectedVersion) {
      // DynamoDB cancelled us for a transaction in flight on the same config; it may still commit
      return new DomainError("VersionConflict", `flow config ${id} is being changed by another request; reload and try again`);
    }
    return versionConflict(id, expectation.expectedVersion, current.version);
  }

  private async currentState(id: string): Promise<{ deleted: boolean; version: number } | null> {
    const current = await this.readCurrent(id);
    return current ? { deleted: isTombstone(current), version: current.version } : null;
  }
}

const LIST_INDEX: ListIndex = { ...CONFIG_TABLE.listIndex, partition: LIST_PARTITION };

function templateIndex(templateId: string): ListIndex {
  return { ...CONFIG_TABLE.templateIndex, partition: templatePartition(templateId) };
}

/** A query of one index partition, in sort-key (id) order. */
function indexQuery(tableName: string, index: ListIndex) {
  return {
    TableName: tableName,
    IndexName: index.name,
    KeyConditionExpression: "#indexPartition = :indexPartition",
    ExpressionAttributeNames: { "#indexPartition": index.partitionKey } as Record<string, string>,
    ExpressionAttributeValues: { ":indexPartition": index.partition } as Record<string, unknown>,
  };
}

interface WriteCondition {
  ConditionExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

/** The CURRENT item's condition: absent (or the very tombstone read) for a create; the version read for a change. */
function currentCondition(expectation: Expectation): WriteCondition {
  if (expectation.kind === "change") {
    return {
      ConditionExpression: "#version = :expectedVersion AND attribute_not_exists(#deleted)",
      ExpressionAttributeNames: { "#version": "version", "#deleted": "deleted" },
      ExpressionAttributeValues: { ":expectedVersion": expectation.expectedVersion },
    };
  }
  if (expectation.tombstone) {
    return {
      ConditionExpression: "#deleted = :deleted AND #version = :tombstoneVersion",
      ExpressionAttributeNames: { "#version": "version", "#deleted": "deleted" },
      ExpressionAttributeValues: { ":deleted": true, ":tombstoneVersion": expectation.tombstone.version },
    };
  }
  return {
    ConditionExpression: "attribute_not_exists(#pk)",
    ExpressionAttributeNames: { "#pk": CONFIG_TABLE.partitionKey },
  };
}

function ownLookupCondition(id: string): WriteCondition {
  return {
    ConditionExpression: "attribute_not_exists(#pk) OR #configId = :configId",
    ExpressionAttributeNames: { "#pk": CONFIG_TABLE.partitionKey, "#configId": "configId" },
    ExpressionAttributeValues: { ":configId": id },
  };
}

/** History keeps what changed even when the before/after values would push the entry over the item limit. */
function fitVersionItem(item: VersionItem): VersionItem {
  return itemSize({ ...item }) > LIMITS.itemBytes ? withoutChangeValues(item) : item;
}

/** FilterExpression for `q` (contains, on the lowercased search text) and a scope (ids or templates). */
function listFilter(q: string, scope: Scope | null) {
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (q) {
    conditions.push("contains(#search, :q)");
    names["#search"] = "search";
    values[":q"] = q;
  }
  if (scope) {
    const alternatives = [
      ...inConditions("#id", "id", scope.ids, names, values),
      ...inConditions("#templateId", "templateId", scope.templates, names, values),
    ];
    conditions.push(`(${alternatives.join(" OR ")})`);
  }
  if (conditions.length === 0) return undefined;
  return { FilterExpression: conditions.join(" AND "), ExpressionAttributeNames: names, ExpressionAttributeValues: values };
}

function inConditions(
  name: string,
  attribute: string,
  operands: readonly string[],
  names: Record<string, string>,
  values: Record<string, unknown>,
): string[] {
  if (operands.length === 0) return [];
  names[name] = attribute;
  const conditions: string[] = [];
  for (let start = 0; start < operands.length; start += IN_OPERANDS) {
    const placeholders = operands.slice(start, start + IN_OPERANDS).map((operand, offset) => {
      const placeholder = `:${attribute}${start + offset}`;
      values[placeholder] = operand;
      return placeholder;
    });
    conditions.push(`${name} IN (${placeholders.join(", ")})`);
  }
  return conditions;
}

function failed(reason: CancellationReason | undefined): boolean {
  return reason?.Code !== undefined && reason.Code !== "None";
}

function isItemTooLarge(error: unknown): boolean {
  return error instanceof Error && error.name === "ValidationException" && /item size/i.test(error.message);
}

function isItemTooLargeReason(reason: CancellationReason): boolean {
  return reason.Code === "ValidationError" && /item size/i.test(reason.Message ?? "");
}

function alreadyExists(id: string): DomainError {
  return new DomainError("Conflict", `flow config ${id} already exists`);
}

function notFound(id: string): DomainError {
  return new DomainError("NotFound", `flow config ${id} not found`);
}

function versionConflict(id: string, expected: number, actual: number): DomainError {
  return new DomainError(
    "VersionConflict",
    `flow config ${id} is at version ${actual}, not ${expected}: it was changed by someone else; reload and try again`,
  );
}

function tooLarge(id: string, bytes: number | null): DomainError {
  const size = bytes === null ? "over" : `${bytes} bytes, over`;
  return new DomainError("TooLarge", `flow config ${id} is too large to store: ${size} the limit of ${LIMITS.itemBytes} bytes`);
}
