import type { FlowConfigsClient } from "@flow-configs/api-client";
import type { ConfigUsage } from "@flow-configs/model";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { configKeys } from "./config-queries";

export interface ConfigUsageState {
  usage: ConfigUsage | null;
  loading: boolean;
  error: unknown;
  /** Reads the flows again, past the API's few-minute cache of Connect. */
  refresh(): void;
}

/** The contact flows that use a config (GET /flow-configs/{id}/usage), loaded with the page and on refresh. */
export function useConfigUsage(client: FlowConfigsClient, configId: string): ConfigUsageState {
  const queryClient = useQueryClient();
  const usage = useQuery({ queryKey: configKeys.usage(configId), queryFn: () => client.usage(configId, {}) });

  const refresh = useCallback(() => {
    // The same cache entry, read once with `refresh`; its failure shows as the query's error
    void queryClient
      .fetchQuery({ queryKey: configKeys.usage(configId), queryFn: () => client.usage(configId, { refresh: true }) })
      .catch(() => undefined);
  }, [client, configId, queryClient]);

  return { usage: usage.isError ? null : (usage.data ?? null), loading: usage.isFetching, error: usage.error, refresh };
}
