import { useCollection } from "@cloudscape-design/collection-hooks";
import Alert from "@cloudscape-design/components/alert";
import Button from "@cloudscape-design/components/button";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Flashbar from "@cloudscape-design/components/flashbar";
import Header from "@cloudscape-design/components/header";
import Pagination from "@cloudscape-design/components/pagination";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Table from "@cloudscape-design/components/table";
import TextFilter from "@cloudscape-design/components/text-filter";
import type { ConfigSummary } from "@flow-configs/model";
import { useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { describeError } from "../../api/describe-error";
import { useConfigPages } from "../../api/use-config-pages";
import { useDebouncedValue } from "../../api/use-debounced-value";
import { useMediaQuery } from "../../api/use-media-query";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { canEditShape } from "../../expose/role";
import { useFlashMessages } from "../use-flash-messages";
import { DESKTOP_COLUMNS, PHONE_COLUMNS, configColumns } from "./columns";
import { EmptyState } from "./components/empty-state";

const TABLE_PAGE_SIZE = 20;

const matches = (item: ConfigSummary, text: string): boolean => {
  const needle = text.trim().toLowerCase();
  return needle === "" || item.id.toLowerCase().includes(needle) || item.description.toLowerCase().includes(needle);
};

export function ConfigListPage() {
  const { client, basePath, role } = useFlowConfigs();
  const navigate = useNavigate();
  const flash = useFlashMessages();
  const isPhone = useMediaQuery("(max-width: 688px)");
  const [filterText, setFilterText] = useState("");
  // The server filters too, so a search finds configs beyond the pages loaded so far.
  const query = useDebouncedValue(filterText.trim(), 300);
  const pages = useConfigPages(client, query);

  const columns = useMemo(
    () => configColumns((id) => `${basePath}/${encodeURIComponent(id)}`, (id) => navigate(encodeURIComponent(id))),
    [basePath, navigate],
  );
  const createButton = canEditShape(role) ? (
    <Button variant="primary" onClick={() => navigate("new")}>
      Create config
    </Button>
  ) : undefined;

  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } = useCollection(pages.items, {
    filtering: {
      filteringFunction: matches,
      empty: <EmptyState title="No flow configs" subtitle="No flow configs exist yet, or none is shared with you." action={createButton} />,
      noMatch: <EmptyState title="No match" subtitle="No flow config matches the filter." action={<Button onClick={() => setFilterText("")}>Clear filter</Button>} />,
    },
    sorting: { defaultState: { sortingColumn: { sortingField: "id" } } },
    pagination: { pageSize: TABLE_PAGE_SIZE },
  });

  const failure = pages.error ? describeError(pages.error) : null;

  return (
    <ContentLayout>
      <SpaceBetween size="m">
        {flash.items.length > 0 && <Flashbar items={flash.items} />}
        {failure && (
          <Alert type="error" header={failure.title} action={<Button onClick={pages.items.length ? pages.loadMore : pages.reload}>Retry</Button>}>
            {failure.message}
          </Alert>
        )}
        <Table
          {...collectionProps}
          variant="full-page"
          items={items}
          columnDefinitions={columns}
          columnDisplay={(isPhone ? PHONE_COLUMNS : DESKTOP_COLUMNS).map((id) => ({ id, visible: true }))}
          wrapLines
          loading={pages.loading && pages.items.length === 0}
          loadingText="Loading flow configs"
          trackBy="id"
          header={
            <Header
              variant="awsui-h1-sticky"
              counter={pages.hasMore ? `(${pages.items.length}+)` : `(${pages.items.length})`}
              description="Variables and prompts that contact flows read at run time"
              actions={createButton}
            >
              Flow configs
            </Header>
          }
          filter={
            <TextFilter
              {...filterProps}
              filteringText={filterText}
              onChange={(event) => {
                filterProps.onChange(event);
                setFilterText(event.detail.filteringText);
              }}
              filteringPlaceholder="Find configs by id or description"
              filteringAriaLabel="Filter configs"
              countText={filterText ? `${filteredItemsCount ?? 0} matches${pages.hasMore ? " so far" : ""}` : undefined}
            />
          }
          pagination={
            <Pagination
              {...paginationProps}
              openEnd={pages.hasMore}
              onNextPageClick={(event) => {
                if (!event.detail.requestedPageAvailable) pages.loadMore();
              }}
              ariaLabels={{ nextPageLabel: "Next page", previousPageLabel: "Previous page", pageLabel: (page) => `Page ${page}` }}
            />
          }
        />
      </SpaceBetween>
    </ContentLayout>
  );
}
