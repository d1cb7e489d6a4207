import { useCallback, useEffect, useRef, useState } from "react";

/** One page of an API listing and the cursor of the next (null: the last page). */
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CursorPages<T> {
  items: T[];
  /** True while more items exist on the server than are loaded. */
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  loadMore(): void;
  reload(): void;
}

interface PagesState<T> {
  items: T[];
  nextCursor: string | null;
  loading: boolean;
  error: unknown;
}

const initial = <T>(): PagesState<T> => ({ items: [], nextCursor: null, loading: true, error: null });

/**
 * Items loaded page by page with the API's cursor: the first page on mount and whenever `fetchPage`
 * changes (keep it in a `useCallback` of what the listing depends on), further pages only when asked for.
 */
export function useCursorPages<T>(fetchPage: (cursor: string | null) => Promise<CursorPage<T>>): CursorPages<T> {
  const [state, setState] = useState<PagesState<T>>(initial);
  const [generation, setGeneration] = useState(0);
  // Each load carries the generation it belongs to; answers for an older listing are dropped.
  const current = useRef(0);

  const load = useCallback(
    (cursor: string | null, append: boolean, token: number) => {
      setState((previous) => ({ ...previous, loading: true, error: null }));
      fetchPage(cursor)
        .then((page) => {
          if (token !== current.current) return;
          setState((previous) => ({
            items: append ? [...previous.items, ...page.items] : page.items,
            nextCursor: page.nextCursor,
            loading: false,
            error: null,
          }));
        })
        .catch((error: unknown) => {
          if (token !== current.current) return;
          setState((previous) => ({ ...previous, loading: false, error }));
        });
    },
    [fetchPage],
  );

  useEffect(() => {
    current.current += 1;
    setState(initial());
    load(null, false, current.current);
  }, [load, generation]);

  const loadMore = useCallback(() => {
    if (state.loading || state.nextCursor === null) return;
    load(state.nextCursor, true, current.current);
  }, [load, state.loading, state.nextCursor]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  return { items: state.items, hasMore: state.nextCursor !== null, loading: state.loading, error: state.error, loadMore, reload };
}
