import type { TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { LIMITS, itemSize, itemTooLarge } from "@flow-configs/model";
import {
  CONFIG_TABLE,
  lookupKey,
  summaryKey,
  type CurrentItem,
  type LookupItem,
  type SummaryItem,
  type TombstoneItem,
  type VersionItem,
} from "@flow-configs/model/storage-layout";
import { withoutChangeValues } from "./dynamodb-config-item";

export type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/** What the CURRENT item must look like for a write to go ahead. */
export type Expectation =
  | { kind: "create"; tombstone: TombstoneItem | null }
  | { kind: "change"; expectedVersion: number };

/** One create, update or delete: everything it writes, committed together or not at all. */
export interface WritePlan {
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

/**
 * A write's transaction: CURRENT, VERSION, SUMMARY, then each claimed and each released lookup key. With at
 * most 25 lookup keys before and after (the model's limit) that is at most 53 of TransactWriteItems' 100.
 */
export const KEY_ITEMS_START = 3;

/** The TransactWriteItems of a plan, refused before sending when an item would be over DynamoDB's limit. */
export function transactItems(tableName: string, plan: WritePlan): TransactItem[] {
  const { id } = plan;
  const currentBytes = itemSize({ ...plan.current });
  if (currentBytes > LIMITS.itemBytes) throw itemTooLarge(id, currentBytes);
  const versionItem = fitVersionItem(plan.version);
  const versionBytes = itemSize({ ...versionItem });
  if (versionBytes > LIMITS.itemBytes) throw itemTooLarge(id, versionBytes);

  return [
    { Put: { TableName: tableName, Item: plan.current, ...currentCondition(plan.expectation), ReturnValuesOnConditionCheckFailure: "ALL_OLD" } },
    {
      Put: {
        TableName: tableName,
        Item: versionItem,
        ConditionExpression: "attribute_not_exists(#pk)",
        ExpressionAttributeNames: { "#pk": CONFIG_TABLE.partitionKey },
      },
    },
    // Unconditional: the CURRENT item's condition decides for the whole transaction
    plan.summary ? { Put: { TableName: tableName, Item: plan.summary } } : { Delete: { TableName: tableName, Key: summaryKey(id) } },
    ...uniqueClaimedKeys(plan).map(
      (key): TransactItem => ({
        Put: {
          TableName: tableName,
          Item: { ...lookupKey(key), configId: id } satisfies LookupItem,
          ...ownLookupCondition(id),
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        },
      }),
    ),
    ...plan.releasedKeys.map(
      (key): TransactItem => ({
        // Never deletes a key another config owns, and a key already gone is no reason to fail
        Delete: { TableName: tableName, Key: lookupKey(key), ...ownLookupCondition(id) },
      }),
    ),
  ];
}

/** The claimed keys in the order the transaction writes them (from `KEY_ITEMS_START`). */
export function uniqueClaimedKeys(plan: WritePlan): string[] {
  return [...new Set(plan.claimedKeys)];
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
  return { ConditionExpression: "attribute_not_exists(#pk)", ExpressionAttributeNames: { "#pk": CONFIG_TABLE.partitionKey } };
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
