import type { ConfigSummary } from "@flow-configs/model";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useFlowConfigs } from "../expose/flow-configs-context";
import { configKeys } from "./config-queries";
import type { CursorPages } from "./use-cursor-pages";

/** How many summaries one API call asks for: a few table pages, so paging rarely waits. */
export const SERVER_PAGE_SIZE = 100;

export type ConfigPages = CursorPages<ConfigSummary>;

/**
 * Summaries loaded page by page with the API's cursor, for a list of thousands: the first page for each
 * search and template filter (cached under its own key), further pages only when asked for.
 */
export function useConfigPages(query: string, templateId: string): ConfigPages {
  const { client } = useFlowConfigs();
  const pages = useInfiniteQuery({
    queryKey: configKeys.list(query, templateId),
    queryFn: ({ pageParam }) =>
      client.list({ limit: SERVER_PAGE_SIZE, cursor: pageParam, q: query || undefined, templateId: templateId || undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  return {
    items: pages.data?.pages.flatMap((page) => page.items) ?? [],
    hasMore: pages.hasNextPage,
    loading: pages.isFetching,
    error: pages.error,
    loadMore: () => {
      if (!pages.isFetching && pages.hasNextPage) void pages.fetchNextPage();
    },
    reload: () => void pages.refetch(),
  };
}
