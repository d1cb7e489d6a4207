import type { FlowConfigsClient } from "@flow-configs/api-client";
import type { ConfigUsage } from "@flow-configs/model";
import { useCallback, useEffect, useState } from "react";

export interface ConfigUsageState {
  usage: ConfigUsage | null;
  loading: boolean;
  error: unknown;
  /** Reads the flows again, past the API's few-minute cache of Connect. */
  refresh(): void;
}

/** The contact flows that use a config (GET /flow-configs/{id}/usage), loaded with the page and on refresh. */
export function useConfigUsage(client: FlowConfigsClient, configId: string): ConfigUsageState {
  const [state, setState] = useState<Omit<ConfigUsageState, "refresh">>({ usage: null, loading: true, error: null });
  const [request, setRequest] = useState({ attempt: 0, refresh: false });

  useEffect(() => {
    let cancelled = false;
    setState((previous) => ({ ...previous, loading: true, error: null }));
    client.usage(configId, request.refresh ? { refresh: true } : {}).then(
      (usage) => !cancelled && setState({ usage, loading: false, error: null }),
      (error: unknown) => !cancelled && setState({ usage: null, loading: false, error }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, configId, request]);

  const refresh = useCallback(() => setRequest((previous) => ({ attempt: previous.attempt + 1, refresh: true })), []);
  return { ...state, refresh };
}
