import type { FlowConfigsClient } from "@flow-configs/api-client";
import type { HistoryEntry } from "@flow-configs/model";
import { useCallback } from "react";
import { useCursorPages, type CursorPages } from "./use-cursor-pages";

/** Versions per API call: a long-lived config has thousands, and the newest are what people look for. */
export const HISTORY_PAGE_SIZE = 20;

/** A config's versions, newest first, a page at a time; `loadMore` reads the older ones. */
export function useConfigHistory(client: FlowConfigsClient, configId: string): CursorPages<HistoryEntry> {
  const fetchPage = useCallback((cursor: string | null) => client.history(configId, { limit: HISTORY_PAGE_SIZE, cursor }), [client, configId]);
  return useCursorPages(fetchPage);
}
