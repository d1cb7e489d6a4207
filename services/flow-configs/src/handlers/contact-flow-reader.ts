import { DynamoDbConfigReader } from "#adapters/dynamodb-config-reader";
import { DynamoDbTransport } from "#adapters/dynamodb-transport";
import { CachedConfigReader } from "#domain/cached-config-reader";
import { logger } from "#observability/logger";
import { cacheMetrics } from "#observability/metrics";
import { requiredEnv } from "./environment";

const DEFAULT_TTL_SECONDS = 5;

function cacheTtlSeconds(): number {
  const raw = process.env.CONFIG_CACHE_TTL_SECONDS;
  if (raw === undefined || raw === "") return DEFAULT_TTL_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) throw new Error(`CONFIG_CACHE_TTL_SECONDS must be a number of seconds ≥ 0, not "${raw}"`);
  return seconds;
}

/** The contact-flow Lambdas' cached reader, built once per container (the cache lives as long as it does). */
export function createContactFlowReader(): CachedConfigReader {
  const region = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || requiredEnv("AWS_REGION");
  const endpoint = process.env.AWS_ENDPOINT_URL_DYNAMODB || process.env.AWS_ENDPOINT_URL;
  const dynamoDb = new DynamoDbTransport({ region, ...(endpoint ? { endpoint } : {}) });
  return new CachedConfigReader(new DynamoDbConfigReader(dynamoDb, requiredEnv("TABLE_NAME")), cacheTtlSeconds() * 1000, {
    warn: (message, details) => logger.warn(message, details),
    ...cacheMetrics,
  });
}
