import { useCollection } from "@cloudscape-design/collection-hooks";
import Alert from "@cloudscape-design/components/alert";
import Button from "@cloudscape-design/components/button";
import ButtonDropdown from "@cloudscape-design/components/button-dropdown";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Header from "@cloudscape-design/components/header";
import Select from "@cloudscape-design/components/select";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Table from "@cloudscape-design/components/table";
import TextFilter from "@cloudscape-design/components/text-filter";
import type { ConfigSummary } from "@flow-configs/model";
import { describeScope } from "@flow-configs/model/runtime";
import { lazy, Suspense, useMemo, useRef, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { describeError } from "../../api/describe-error";
import { downloadFile } from "@flow-configs/ui";
import { useAccessScope } from "../../api/use-access-scope";
import { useConfigPages } from "../../api/use-config-pages";
import { useDebouncedValue } from "../../api/use-debounced-value";
import { useMediaQuery } from "../../api/use-media-query";
import { useUsageSummary } from "../../api/use-usage-summary";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { canEditShape } from "../../expose/role";
import { useFlashAction } from "../use-flash-action";
import { FlashMessages, useFlashMessages } from "../use-flash-messages";
import { DESKTOP_COLUMNS, PHONE_COLUMNS, configColumns } from "./columns";
import { EmptyState } from "./components/empty-state";
import { FlowUseCell } from "./components/flow-use-cell";
import { CursorPagination } from "../cursor-pagination";

// Opened from a menu now and then: its modal and form load when it opens, not with the list.
const RestoreDeletedModal = lazy(async () => ({ default: (await import("./components/restore-deleted-modal")).RestoreDeletedModal }));

const TABLE_PAGE_SIZE = 20;

const matches = (item: ConfigSummary, text: string): boolean => {
  const needle = text.trim().toLowerCase();
  return (
    needle === "" ||
    item.id.toLowerCase().includes(needle) ||
    item.description.toLowerCase().includes(needle) ||
    item.lookupKeys.some((key) => key.toLowerCase().includes(needle))
  );
};

const ALL_CONFIGS = { value: "", label: "All configs" };

export function ConfigListPage() {
  const { client, basePath, role } = useFlowConfigs();
  const navigate = useNavigate();
  const flash = useFlashMessages();
  const isPhone = useMediaQuery("(max-width: 688px)");
  const [filterText, setFilterText] = useState("");
  // The server filters too, so a search finds configs beyond the pages loaded so far.
  const query = useDebouncedValue(filterText.trim(), 300);
  const [searchParams, setSearchParams] = useSearchParams();
  const templateFilter = searchParams.get("template") ?? "";
  const pages = useConfigPages(query, templateFilter);
  const [restoringDeleted, setRestoringDeleted] = useState(false);
  const scope = useAccessScope();
  // Templates seen so far stay in the filter's options while it narrows the list to one of them.
  const knownTemplates = useRef(new Set<string>());
  for (const item of pages.items) if (item.templateId) knownTemplates.current.add(item.templateId);
  if (templateFilter) knownTemplates.current.add(templateFilter);
  const templateOptions = [ALL_CONFIGS, ...[...knownTemplates.current].sort().map((id) => ({ value: id, label: `Instances of ${id}` }))];

  const exporting = useFlashAction(flash.show, {
    run: async () => {
      const document = await client.exportConfigs();
      downloadFile("flow-configs.json", `${JSON.stringify(document, null, 2)}\n`, "application/json");
      return document.configs.length;
    },
    success: (count) => ({ type: "success", header: `Exported ${count} configs`, content: "Saved as flow-configs.json." }),
  });

  const createButton = canEditShape(role) ? (
    <Button variant="primary" onClick={() => navigate("new")}>
      Create config
    </Button>
  ) : undefined;
  const headerActions = canEditShape(role) ? (
    <SpaceBetween direction="horizontal" size="xs">
      <ButtonDropdown
        loading={exporting.running}
        items={[
          { id: "import", text: "Import JSON" },
          { id: "export", text: "Export all as JSON" },
          { id: "restore", text: "Deleted / restore" },
        ]}
        onItemClick={(event) => {
          if (event.detail.id === "import") navigate("import");
          else if (event.detail.id === "export") void exporting.run();
          else setRestoringDeleted(true);
        }}
      >
        Admin actions
      </ButtonDropdown>
      {createButton}
    </SpaceBetween>
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
  // One call for the table page shown, not one per row
  const usage = useUsageSummary(client, items.map((item) => item.id));
  const columns = useMemo(
    () =>
      configColumns(
        (id) => `${basePath}/${encodeURIComponent(id)}`,
        (id) => navigate(encodeURIComponent(id)),
        (item) => <FlowUseCell item={item} summary={usage} />,
      ),
    [basePath, navigate, usage],
  );
  const failure = pages.error ? describeError(pages.error) : null;

  return (
    <ContentLayout>
      <FlashMessages items={flash.items} />
      <SpaceBetween size="m">
        {scope && (
          <Alert type="info" header={describeScope(scope)}>
            The list shows only these configs. Your access comes from your Amazon Connect user; an administrator changes it there.
          </Alert>
        )}
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
              actions={headerActions}
            >
              Flow configs
            </Header>
          }
          filter={
            <SpaceBetween direction="horizontal" size="xs">
            <TextFilter
              {...filterProps}
              filteringText={filterText}
              onChange={(event) => {
                filterProps.onChange(event);
                setFilterText(event.detail.filteringText);
              }}
              filteringPlaceholder="Find configs by id, description or lookup key"
              filteringAriaLabel="Filter configs"
              countText={filterText ? `${filteredItemsCount ?? 0} matches${pages.hasMore ? " so far" : ""}` : undefined}
            />
            <Select
              selectedOption={templateOptions.find((option) => option.value === templateFilter) ?? ALL_CONFIGS}
              options={templateOptions}
              ariaLabel="Filter by template"
              onChange={(event) => {
                const value = event.detail.selectedOption.value ?? "";
                setSearchParams(value ? { template: value } : {});
              }}
            />
            </SpaceBetween>
          }
          pagination={
            <CursorPagination paginationProps={paginationProps} pages={pages} />
          }
        />
      </SpaceBetween>
      {restoringDeleted && (
        <Suspense fallback={null}>
          <RestoreDeletedModal onOpen={(id) => navigate(`${encodeURIComponent(id)}/history`)} onCancel={() => setRestoringDeleted(false)} />
        </Suspense>
      )}
    </ContentLayout>
  );
}
