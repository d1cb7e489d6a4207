import Pagination, { type PaginationProps } from "@cloudscape-design/components/pagination";
import type { CursorPages } from "../api/use-cursor-pages";

export interface CursorPaginationProps {
  /** The collection hooks' pagination props: the pages of what is loaded. */
  paginationProps: PaginationProps;
  pages: Pick<CursorPages<unknown>, "hasMore" | "loadMore">;
  /** What is paged, for screen readers ("offices" → "Next page of offices"); plain "Next page" without it. */
  of?: string;
}

/** Table paging over an API cursor: open-ended while the server has more, asking for it past what is loaded. */
export function CursorPagination({ paginationProps, pages, of }: CursorPaginationProps) {
  const suffix = of ? ` of ${of}` : "";
  return (
    <Pagination
      {...paginationProps}
      openEnd={pages.hasMore}
      onNextPageClick={(event) => {
        if (!event.detail.requestedPageAvailable) pages.loadMore();
      }}
      ariaLabels={{ nextPageLabel: `Next page${suffix}`, previousPageLabel: `Previous page${suffix}`, pageLabel: (page) => `Page ${page}${suffix}` }}
    />
  );
}
