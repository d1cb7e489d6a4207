import type { ConfigPage, ConfigSummary } from "@flow-configs/model";
import { useFlowConfigs } from "../expose/flow-configs-context";
import { configKeys } from "./config-queries";
import { useCursorPages, type CursorPages } from "./use-cursor-pages";

/** How many summaries one API call asks for: a few table pages, so paging rarely waits. */
export const SERVER_PAGE_SIZE = 100;

export interface ConfigPages extends CursorPages<ConfigSummary, ConfigPage> {
  /** With a template filter: how many instances it has, whatever the search (from the first page). */
  instanceCount: number | undefined;
}

/**
 * Summaries loaded page by page with the API's cursor, for a list of thousands: the first page for each
 * search and template filter (cached under its own key), further pages only when asked for.
 */
export function useConfigPages(query: string, templateId: string): ConfigPages {
  const { client } = useFlowConfigs();
  const pages = useCursorPages<ConfigSummary, ConfigPage>(configKeys.list(query, templateId), (cursor) =>
    client.list({ limit: SERVER_PAGE_SIZE, cursor, q: query || undefined, templateId: templateId || undefined }),
  );
  return { ...pages, instanceCount: pages.firstPage?.instanceCount };
}
