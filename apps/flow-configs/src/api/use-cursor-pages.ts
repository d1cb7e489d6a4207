import { useInfiniteQuery, type QueryKey } from "@tanstack/react-query";

/** One page of an API listing and the cursor of the next (null: the last page). */
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CursorPages<T, P extends CursorPage<T> = CursorPage<T>> {
  items: T[];
  /** The first page as the API sent it, for what a listing says beside its items (e.g. a count). */
  firstPage: P | undefined;
  /** True while more items exist on the server than are loaded. */
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  loadMore(): void;
  reload(): void;
}

/**
 * Items loaded page by page with the API's cursor, cached under `queryKey`: the first page when first
 * shown (and again once the key is invalidated), further pages only when asked for.
 */
export function useCursorPages<T, P extends CursorPage<T> = CursorPage<T>>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | null) => Promise<P>,
): CursorPages<T, P> {
  const pages = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  return {
    items: pages.data?.pages.flatMap((page) => page.items) ?? [],
    firstPage: pages.data?.pages[0],
    hasMore: pages.hasNextPage,
    loading: pages.isFetching,
    error: pages.error,
    loadMore: () => {
      if (!pages.isFetching && pages.hasNextPage) void pages.fetchNextPage();
    },
    reload: () => void pages.refetch(),
  };
}
