import { QueryCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { CONFIG_TABLE, LIST_PARTITION, templatePartition, type SummaryItem } from "@flow-configs/model/storage-layout";
import type { Scope } from "../ports/authorizer";
import type { ConfigPageResult, ListQuery } from "../ports/config-store";
import { summaryFromItem } from "./dynamodb-config-item";
import { decodeCursor, encodeCursor, type ListIndex } from "./dynamodb-list-cursor";

/** DynamoDB's `IN` takes at most 100 operands. */
const IN_OPERANDS = 100;
/**
 * With a filter, evaluate at least this many configs per query so a search needs few round trips: about what
 * DynamoDB's 1 MB page holds of SUMMARY items (a few hundred bytes each), so 1500 offices are one query.
 */
const FILTERED_BATCH = 3000;

export const LIST_INDEX: ListIndex = { ...CONFIG_TABLE.listIndex, partition: LIST_PARTITION };

export function templateIndex(templateId: string): ListIndex {
  return { ...CONFIG_TABLE.templateIndex, partition: templatePartition(templateId) };
}

/** A query of one index partition, in sort-key (id) order. */
export function indexQuery(tableName: string, index: ListIndex) {
  return {
    TableName: tableName,
    IndexName: index.name,
    KeyConditionExpression: "#indexPartition = :indexPartition",
    ExpressionAttributeNames: { "#indexPartition": index.partitionKey } as Record<string, string>,
    ExpressionAttributeValues: { ":indexPartition": index.partition } as Record<string, unknown>,
  };
}

/** One page of list rows (the use case has checked `limit`), filtered by `q` and scope in the query itself. */
export async function queryConfigPage(documents: DynamoDBDocumentClient, tableName: string, query: ListQuery): Promise<ConfigPageResult> {
  const { scope } = query;
  if (scope && scope.ids.length === 0 && scope.templates.length === 0) return { items: [], nextCursor: null };

  // A template's instances come from their own index partition; every config from the list index
  const index = query.templateId === undefined ? LIST_INDEX : templateIndex(query.templateId);
  const filter = listFilter(query.q?.trim().toLowerCase() ?? "", scope);
  const base = filteredIndexQuery(tableName, index, filter);
  // One config more than the page: if it exists, the page gets a cursor; if not, the last page has none
  const wanted = query.limit + 1;
  const found: SummaryItem[] = [];
  let startKey: Record<string, unknown> | undefined = query.cursor ? { ...decodeCursor(index, query.cursor) } : undefined;
  do {
    const missing = wanted - found.length;
    const page = await documents.send(
      new QueryCommand({
        ...base,
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

/** How many instances a template has within a scope: a COUNT query of its index partition, filtered like a listing. */
export async function countTemplateInstances(documents: DynamoDBDocumentClient, tableName: string, templateId: string, scope: Scope | null): Promise<number> {
  if (scope && scope.ids.length === 0 && scope.templates.length === 0) return 0;
  const base = filteredIndexQuery(tableName, templateIndex(templateId), listFilter("", scope));
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(new QueryCommand({ ...base, Select: "COUNT", ExclusiveStartKey: startKey }));
    count += page.Count ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return count;
}

/** An index query narrowed by a listing's filter, if any. */
function filteredIndexQuery(tableName: string, index: ListIndex, filter: ReturnType<typeof listFilter>) {
  const base = indexQuery(tableName, index);
  return {
    ...base,
    ...filter,
    ExpressionAttributeNames: { ...filter?.ExpressionAttributeNames, ...base.ExpressionAttributeNames },
    ExpressionAttributeValues: { ...filter?.ExpressionAttributeValues, ...base.ExpressionAttributeValues },
  };
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

function inConditions(name: string, attribute: string, operands: readonly string[], names: Record<string, string>, values: Record<string, unknown>): string[] {
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
