import Badge from "@cloudscape-design/components/badge";
import BreadcrumbGroup from "@cloudscape-design/components/breadcrumb-group";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Tabs from "@cloudscape-design/components/tabs";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { useDeferredSearch } from "../../api/use-deferred-search";
import { useEntriesQuery, useEntryMutations, useListQuery } from "../../api/use-caller-lists";
import { useCallerLists } from "../../expose/caller-lists-context";
import { canEditEntries } from "../../expose/role";
import { ConfirmModal, downloadFile } from "@flow-configs/ui";
import { FlashMessages, useFlash, type Flash } from "../flash";
import { KIND_LABELS } from "../kind-label";
import { AddEntryForm } from "./components/add-entry-form";
import { BulkPaste } from "./components/bulk-paste";
import { CsvImport } from "./components/csv-import";
import { EntriesTable } from "./components/entries-table";

/** One list: its numbers found by prefix; editors add one, paste many, import a CSV and remove; everyone exports. */
export function ListEntriesPage() {
  const { listId = "" } = useParams();
  const { basePath, role } = useCallerLists();
  const navigate = useNavigate();
  const list = useListQuery(listId);
  const [search, setSearch, query] = useDeferredSearch();
  const entries = useEntriesQuery(listId, query);
  const mutations = useEntryMutations(listId);
  const flash = useFlash();
  const [removing, setRemoving] = useState<string[] | null>(null);
  const editor = canEditEntries(role);

  const exportCsv = () =>
    mutations.exportCsv.mutate(undefined, {
      onSuccess: (csv) => {
        downloadFile(`${listId}.csv`, csv, "text/csv");
        flash.show({ type: "success", header: `Exported ${listId}.csv` });
      },
      onError: (error) => flash.fail("The export failed", error),
    });
  const addOne: Parameters<typeof AddEntryForm>[0]["onAdd"] = async (entry) => {
    try {
      const report = await mutations.add.mutateAsync([entry]);
      const outcome = report.outcomes[0];
      if (outcome?.status === "saved") {
        flash.show({ type: "success", header: `Added ${outcome.number ?? entry.number}`, ...(outcome.message ? { content: outcome.message } : {}) });
        return true;
      }
      flash.show({ type: "error", header: `${entry.number} was not added`, content: outcome?.message ?? "" });
    } catch (error) {
      flash.fail(`${entry.number} was not added`, error);
    }
    return false;
  };
  // A paste or an import ends in a flash, and the table shows what it wrote (or all it wrote before it stopped).
  const bulkOutcome = {
    onDone: (outcome: Flash) => {
      flash.show(outcome);
      void mutations.refresh();
    },
    onError: (header: string, error: unknown) => {
      flash.fail(header, error);
      void mutations.refresh();
    },
  };
  const kind = list.data ? KIND_LABELS[list.data.kind] : null;

  return (
    <ContentLayout
      breadcrumbs={
        <BreadcrumbGroup
          items={[
            { text: "Caller lists", href: basePath },
            { text: listId, href: `${basePath}/${listId}` },
          ]}
          onFollow={(event) => {
            event.preventDefault();
            navigate(event.detail.href);
          }}
        />
      }
      header={
        <SpaceBetween size="m">
          <Header variant="h1" description={list.data?.description} info={kind && <Badge color={kind.color}>{kind.label}</Badge>}>
            {listId}
          </Header>
          <FlashMessages items={flash.items} />
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        {editor && (
          <Container header={<Header variant="h2">Add numbers</Header>}>
            <Tabs
              ariaLabel="Ways to add numbers"
              // On a phone the tab row scrolls: its arrows need names
              i18nStrings={{ scrollLeftAriaLabel: "Earlier ways to add numbers", scrollRightAriaLabel: "More ways to add numbers" }}
              tabs={[
                { id: "one", label: "One number", content: <AddEntryForm adding={mutations.add.isPending} onAdd={addOne} /> },
                {
                  id: "paste",
                  label: "Paste numbers",
                  content: (
<BulkPaste addChunk={mutations.addChunk} {...bulkOutcome} />
                  ),
                },
                {
                  id: "csv",
                  label: "Import CSV",
                  content: (
<CsvImport dryRun={mutations.dryRun.mutateAsync} checking={mutations.dryRun.isPending} addChunk={mutations.addChunk} {...bulkOutcome} />
                  ),
                },
              ]}
            />
          </Container>
        )}
        <EntriesTable
          entries={entries.data?.pages.flatMap((page) => page.items) ?? []}
          loading={entries.isPending}
          failed={entries.isError || list.isError}
          search={search}
          onSearch={setSearch}
          hasMore={entries.hasNextPage}
          loadingMore={entries.isFetchingNextPage}
          onLoadMore={() => void entries.fetchNextPage()}
          {...(editor ? { onRemove: setRemoving } : {})}
          actions={
            <Button iconName="download" loading={mutations.exportCsv.isPending} onClick={exportCsv}>
              Export CSV
            </Button>
          }
        />
      </SpaceBetween>
      {removing && (
        <ConfirmModal
          visible
          header={`Remove ${removing.length} number${removing.length === 1 ? "" : "s"}?`}
          confirmText="Remove"
          confirming={mutations.remove.isPending}
          onCancel={() => setRemoving(null)}
          onConfirm={() =>
            mutations.remove.mutate(removing, {
              onSuccess: (report) => flash.show({ type: "success", header: `Removed ${report.removed.length} number${report.removed.length === 1 ? "" : "s"}` }),
              onError: (error) => flash.fail("The numbers were not removed", error),
              onSettled: () => setRemoving(null),
            })
          }
        >
          {removing.join(", ")} will be off the list at once: contact flows stop finding them within seconds.
        </ConfirmModal>
      )}
    </ContentLayout>
  );
}
