import { isNetworkError } from "@flow-configs/api-client";
import { QueryClient } from "@tanstack/react-query";

/** How often a failed load is tried again by itself before the page shows the failure and its Retry. */
export const LOAD_RETRIES = 2;

/**
 * The module's one cache of API answers. Only a network failure is worth another try: a 4xx says the same
 * again, and a write is never repeated behind the user's back.
 */
export function createQueryClient({ loadRetries = LOAD_RETRIES }: { loadRetries?: number } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < loadRetries && isNetworkError(error),
        // A config changes under the user only when someone saves: refetch on open, not on every focus.
        refetchOnWindowFocus: false,
        staleTime: 0,
      },
      mutations: { retry: false },
    },
  });
}
