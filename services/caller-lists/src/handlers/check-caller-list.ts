import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { cacheTtlSeconds } from "@flow-configs/service/handlers/cache-ttl";
import { requiredEnv } from "@flow-configs/service/handlers/environment";
import { logger } from "@flow-configs/service/observability/logger";
import { DynamoDbCallerListReader } from "#adapters/dynamodb-caller-list-reader";
import { CachedCallerListReader, checkCallerList, type CheckCallerListResult } from "#domain/check-caller-list";
import { CALLER_LISTS_TABLE_ENV } from "./table-name";

// Built once per container: the cache lives as long as the container does.
const reader = new CachedCallerListReader(
  new DynamoDbCallerListReader(new DynamoDBClient({}), requiredEnv(CALLER_LISTS_TABLE_ENV)),
  cacheTtlSeconds() * 1000,
  logger,
);

/** Amazon Connect "Invoke AWS Lambda function": ContactFlowEvent → `{ onList, kind, reason }`. */
export async function handler(event: unknown): Promise<CheckCallerListResult> {
  try {
    return await checkCallerList(reader, event, new Date());
  } catch (error) {
    logger.error("checkCallerList failed", { error, parameters: (event as { Details?: { Parameters?: unknown } } | null)?.Details?.Parameters });
    throw error;
  }
}
