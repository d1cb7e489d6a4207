import type { HistoryEntry } from "@flow-configs/model";
import { useFlowConfigs } from "../expose/flow-configs-context";
import { configKeys } from "./config-queries";
import { useCursorPages, type CursorPages } from "./use-cursor-pages";

/** Versions per API call: a long-lived config has thousands, and the newest are what people look for. */
export const HISTORY_PAGE_SIZE = 20;

/** A config's versions, newest first, a page at a time (cached per config); `loadMore` reads the older ones. */
export function useConfigHistory(configId: string): CursorPages<HistoryEntry> {
  const { client } = useFlowConfigs();
  return useCursorPages(configKeys.history(configId), (cursor) => client.history(configId, { limit: HISTORY_PAGE_SIZE, cursor }));
}
