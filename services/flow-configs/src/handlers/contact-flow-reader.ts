import { DynamoDbConfigReader } from "#adapters/dynamodb-config-reader";
import { DynamoDbTransport } from "#adapters/dynamodb-transport";
import { CachedConfigReader } from "#domain/cached-config-reader";
import { logger } from "#observability/logger";
import { cacheMetrics } from "#observability/metrics";
import { cacheTtlSeconds } from "./cache-ttl";
import { requiredEnv } from "./environment";

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
