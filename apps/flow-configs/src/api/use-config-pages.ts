import type { FlowConfigsClient } from "@flow-configs/api-client";
import type { ConfigSummary } from "@flow-configs/model";
import { useCallback } from "react";
import { useCursorPages, type CursorPages } from "./use-cursor-pages";

/** How many summaries one API call asks for: a few table pages, so paging rarely waits. */
export const SERVER_PAGE_SIZE = 100;

export type ConfigPages = CursorPages<ConfigSummary>;

/** Summaries for a list of thousands, a page at a time: again from the first whenever `query` or the template filter changes. */
export function useConfigPages(client: FlowConfigsClient, query: string, templateId?: string): ConfigPages {
  const fetchPage = useCallback(
    (cursor: string | null) => client.list({ limit: SERVER_PAGE_SIZE, cursor, q: query || undefined, templateId: templateId || undefined }),
    [client, query, templateId],
  );
  return useCursorPages(fetchPage);
}
