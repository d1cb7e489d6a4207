import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { logMetrics } from "@aws-lambda-powertools/metrics/middleware";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { cacheTtlSeconds } from "@flow-configs/service/handlers/cache-ttl";
import { requiredEnv } from "@flow-configs/service/handlers/environment";
import { contactFlowLogContext } from "@flow-configs/service/observability/contact-flow-log";
import { logger } from "@flow-configs/service/observability/logger";
import { cacheCounters, metrics } from "@flow-configs/service/observability/metrics";
import middy from "@middy/core";
import { DynamoDbCallerListReader } from "#adapters/dynamodb-caller-list-reader";
import { CachedCallerListReader, checkCallerList, type CheckCallerListResult } from "#domain/check-caller-list";
import { CALLER_LISTS_TABLE_ENV } from "./table-name";

/** Each lookup of a list or an entry: served from the container, read from DynamoDB, or served stale on a fault. */
export const CALLER_LIST_CACHE_METRIC = { hit: "CallerListCacheHit", miss: "CallerListCacheMiss", staleServed: "CallerListStaleServed" } as const;

// Built once per container: the cache lives as long as the container does.
const reader = new CachedCallerListReader(
  new DynamoDbCallerListReader(new DynamoDBClient({}), requiredEnv(CALLER_LISTS_TABLE_ENV)),
  cacheTtlSeconds() * 1000,
  { warn: (message, details) => logger.warn(message, details), ...cacheCounters(CALLER_LIST_CACHE_METRIC) },
);

/** Amazon Connect "Invoke AWS Lambda function": ContactFlowEvent → `{ onList, kind, reason }`. */
async function checkCallerListHandler(event: unknown): Promise<CheckCallerListResult> {
  try {
    return await checkCallerList(reader, event, new Date());
  } catch (error) {
    logger.error("checkCallerList failed", { error, request: contactFlowLogContext(event) });
    throw error;
  }
}

export const handler = middy(checkCallerListHandler).use(injectLambdaContext(logger)).use(logMetrics(metrics));
