import { useCollection } from "@cloudscape-design/collection-hooks";
import Alert from "@cloudscape-design/components/alert";
import Button from "@cloudscape-design/components/button";
import Header from "@cloudscape-design/components/header";
import Table from "@cloudscape-design/components/table";
import type { TableProps } from "@cloudscape-design/components/table";
import TextFilter from "@cloudscape-design/components/text-filter";
import type { ConfigSummary } from "@flow-configs/model";
import { useState } from "react";
import { useNavigate } from "react-router";
import { describeError } from "../../../api/describe-error";
import { useConfigPages } from "../../../api/use-config-pages";
import { useDebouncedValue } from "../../../api/use-debounced-value";
import { useMediaQuery } from "../../../api/use-media-query";
import { useFlowConfigs } from "../../../expose/flow-configs-context";
import { configIdCell, formatDate } from "../../config-list/columns";
import { EmptyState } from "../../config-list/components/empty-state";
import { CursorPagination } from "../../cursor-pagination";

/** Rows per table page: a template's offices sit below its values, so the page stays short. */
export const OFFICES_PAGE_SIZE = 10;

const PHONE_COLUMNS = ["id", "overrides", "lookupKeys"];
const DESKTOP_COLUMNS = ["id", "description", "overrides", "lookupKeys", "updated"];

function officeColumns(hrefOf: (id: string) => string, follow: (id: string) => void): TableProps.ColumnDefinition<ConfigSummary>[] {
  return [
    {
      id: "id",
      header: "Office",
      isRowHeader: true,
      cell: configIdCell(hrefOf, follow),
    },
    { id: "description", header: "Description", cell: (office) => office.description || "-" },
    // An instance's summary counts its own entries only: its overrides of the template
    { id: "overrides", header: "Overrides", cell: (office) => String(office.variableCount + office.promptCount) },
    { id: "lookupKeys", header: "Lookup keys", cell: (office) => (office.lookupKeys.length > 0 ? office.lookupKeys.join(", ") : "-") },
    { id: "updated", header: "Updated", cell: (office) => `${formatDate(office.updatedAt)} by ${office.updatedBy}` },
  ];
}

export interface TemplateOfficesProps {
  templateId: string;
  /** Admins get "New office" here. */
  canCreate: boolean;
}

/**
 * A template's offices, read from the template index page by page: the API searches them (`q`), the table
 * pages through what is loaded and asks for the next server page when the user pages past it.
 */
export function TemplateOffices({ templateId, canCreate }: TemplateOfficesProps) {
  const { basePath } = useFlowConfigs();
  const navigate = useNavigate();
  const isPhone = useMediaQuery("(max-width: 688px)");
  const [filterText, setFilterText] = useState("");
  const query = useDebouncedValue(filterText.trim(), 300);
  const pages = useConfigPages(query, templateId);
  const { items, collectionProps, paginationProps, actions } = useCollection(pages.items, { pagination: { pageSize: OFFICES_PAGE_SIZE } });
  const officePath = (id: string) => `${basePath}/${encodeURIComponent(id)}`;
  const newOffice = canCreate ? <Button onClick={() => navigate(`${officePath(templateId)}/new-office`)}>New office</Button> : undefined;
  const failure = pages.error ? describeError(pages.error) : null;
  const searching = query !== "";

  return (
    <Table
      {...collectionProps}
      variant="container"
      items={items}
      columnDefinitions={officeColumns(officePath, (id) => navigate(officePath(id)))}
      columnDisplay={(isPhone ? PHONE_COLUMNS : DESKTOP_COLUMNS).map((id) => ({ id, visible: true }))}
      trackBy="id"
      wrapLines
      loading={pages.loading && pages.items.length === 0}
      loadingText="Loading offices"
      ariaLabels={{ tableLabel: `Offices of ${templateId}` }}
      header={
        <Header
          variant="h2"
          counter={pages.instanceCount === undefined ? undefined : `(${pages.instanceCount})`}
          description={`Offices that take their shape and values from ${templateId}; each keeps only its overrides`}
          actions={newOffice}
        >
          Offices
        </Header>
      }
      filter={
        <>
          <TextFilter
            filteringText={filterText}
            onChange={(event) => {
              setFilterText(event.detail.filteringText);
              actions.setCurrentPage(1);
            }}
            filteringPlaceholder="Find by id, description or key"
            filteringAriaLabel="Find offices"
            countText={searching && !pages.loading ? `${pages.items.length}${pages.hasMore ? "+" : ""} matches` : undefined}
          />
          {failure && (
            <Alert type="error" header={failure.title} action={<Button onClick={pages.items.length > 0 ? pages.loadMore : pages.reload}>Retry</Button>}>
              {failure.message}
            </Alert>
          )}
        </>
      }
      pagination={
        <CursorPagination paginationProps={paginationProps} pages={pages} of="offices" />
      }
      empty={
        searching ? (
          <EmptyState title="No match" subtitle="No office of this template matches the search." action={<Button onClick={() => setFilterText("")}>Clear search</Button>} />
        ) : (
          <EmptyState title="No offices" subtitle={`No office takes its shape from ${templateId} yet.`} action={newOffice} />
        )
      }
    />
  );
}
