import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";

/**
 * The one Metrics instance (CloudWatch EMF, namespace and service from POWERTOOLS_* env): what operators alarm on.
 * Flushed after each invocation by the handlers' middleware.
 */
export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? "FlowConfigs",
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "flow-configs",
});

export const METRIC = {
  cacheHit: "ConfigCacheHit",
  cacheMiss: "ConfigCacheMiss",
  staleServed: "ConfigStaleServed",
  responseBytes: "ContactFlowResponseBytes",
  refusedSave: "SaveRefused",
} as const;

/**
 * What a contact-flow cache reports, each as a count under the name given: a read served from the container
 * (`hit`), one that went to DynamoDB (`miss`), and a stale value served because DynamoDB failed (`staleServed`).
 */
export function cacheCounters(names: { hit: string; miss: string; staleServed: string }) {
  return {
    hit: () => metrics.addMetric(names.hit, MetricUnit.Count, 1),
    miss: () => metrics.addMetric(names.miss, MetricUnit.Count, 1),
    staleServed: () => metrics.addMetric(names.staleServed, MetricUnit.Count, 1),
  };
}

/** The config cache of getConfig and isBadActor. */
export const cacheMetrics = cacheCounters({ hit: METRIC.cacheHit, miss: METRIC.cacheMiss, staleServed: METRIC.staleServed });

/** The size of what a contact-flow Lambda returned to Connect (its limit is 32 KB). */
export function recordResponseBytes(bytes: number): void {
  metrics.addMetric(METRIC.responseBytes, MetricUnit.Bytes, bytes);
}

/** A write the API refused (invalid, too large, conflicting, not allowed), with the error code as metadata. */
export function recordRefusedSave(code: string): void {
  metrics.addMetadata("refusedCode", code);
  metrics.addMetric(METRIC.refusedSave, MetricUnit.Count, 1);
}
