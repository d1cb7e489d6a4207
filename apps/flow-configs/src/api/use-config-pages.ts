import type { FlowConfigsClient } from "@flow-configs/api-client";
import type { ConfigSummary } from "@flow-configs/model";
import { useCallback, useEffect, useRef, useState } from "react";

/** How many summaries one API call asks for: a few table pages, so paging rarely waits. */
export const SERVER_PAGE_SIZE = 100;

export interface ConfigPages {
  items: ConfigSummary[];
  /** True while more configs exist on the server than are loaded. */
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  loadMore(): void;
  reload(): void;
}

interface PagesState {
  items: ConfigSummary[];
  nextCursor: string | null;
  loading: boolean;
  error: unknown;
}

const INITIAL: PagesState = { items: [], nextCursor: null, loading: true, error: null };

/**
 * Summaries loaded page by page with the API's cursor, for a list of thousands: the first page on
 * mount and whenever `query` or the template filter changes, further pages only when asked for.
 */
export function useConfigPages(client: FlowConfigsClient, query: string, templateId?: string): ConfigPages {
  const [state, setState] = useState<PagesState>(INITIAL);
  const [generation, setGeneration] = useState(0);
  // Each load carries the generation it belongs to; answers for an older query are dropped.
  const current = useRef(0);

  const fetchPage = useCallback(
    (cursor: string | null, append: boolean, token: number) => {
      setState((previous) => ({ ...previous, loading: true, error: null }));
      client
        .list({ limit: SERVER_PAGE_SIZE, cursor, q: query || undefined, templateId: templateId || undefined })
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
    [client, query, templateId],
  );

  useEffect(() => {
    current.current += 1;
    setState(INITIAL);
    fetchPage(null, false, current.current);
  }, [fetchPage, generation]);

  const loadMore = useCallback(() => {
    if (state.loading || state.nextCursor === null) return;
    fetchPage(state.nextCursor, true, current.current);
  }, [fetchPage, state.loading, state.nextCursor]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  return { items: state.items, hasMore: state.nextCursor !== null, loading: state.loading, error: state.error, loadMore, reload };
}
