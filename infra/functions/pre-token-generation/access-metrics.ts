/** The metric the trigger emits (Powertools EMF) whenever it fails closed, and infra's alarm watches. */
export const ACCESS_METRICS = {
  namespace: "FlowConfigs",
  scopeFailedClosed: "ScopeFailedClosed",
} as const;
