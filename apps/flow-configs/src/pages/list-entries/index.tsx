import { useCollection } from "@cloudscape-design/collection-hooks";
import Alert from "@cloudscape-design/components/alert";
import Button from "@cloudscape-design/components/button";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Header from "@cloudscape-design/components/header";
import Input from "@cloudscape-design/components/input";
import Pagination from "@cloudscape-design/components/pagination";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Table from "@cloudscape-design/components/table";
import TextFilter from "@cloudscape-design/components/text-filter";
import { requireSaved } from "@flow-configs/api-client";
import type { VersionedConfig } from "@flow-configs/api-client";
import type { PastedEntry, Variable } from "@flow-configs/model";
import { useMemo, useState } from "react";
import type { ReactNode } from "react";
import { useNavigate, useParams } from "react-router";
import { useConfigQuery, useConfigSaved } from "../../api/config-queries";
import type { Failure } from "../../api/describe-error";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { canEditShape, canEditValues } from "../../expose/role";
import { ConfigBreadcrumbs } from "../config-breadcrumbs";
import { LoadFailedAlert } from "../load-failed-alert";
import { EmptyState } from "../config-list/components/empty-state";
import { failureFlash, useFlashAction } from "../use-flash-action";
import { FlashMessages, useFlashMessages } from "../use-flash-messages";
import { BulkPaste } from "./components/bulk-paste";
import { ListAdminActions } from "./components/list-admin-actions";
import { RemoveEntriesModal } from "./components/remove-modal";

const PAGE_SIZE = 50;

const matches = (entry: Variable, text: string): boolean => {
  const needle = text.trim().toLowerCase();
  const digits = needle.replace(/[^\d]/g, "");
  return needle === "" || entry.name.toLowerCase().includes(needle) || (digits !== "" && entry.name.includes(digits)) || (entry.note ?? "").toLowerCase().includes(needle);
};

/** A list config (bad-actors, VIP callers): its numbers with notes, searched, added in bulk, removed. */
export function ListEntriesPage() {
  const { configId = "" } = useParams();
  const { client, role, basePath } = useFlowConfigs();
  const navigate = useNavigate();
  const { items: flashItems, show: showFlash } = useFlashMessages();
  const loaded = useConfigQuery(configId);
  const configSaved = useConfigSaved();
  const [removeOpen, setRemoveOpen] = useState(false);
  const base = loaded.data;

  const entries = base ? base.config.variables.filter((variable) => variable.type === "list-entry") : [];
  const editable = canEditValues(role);
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount, actions } = useCollection(entries, {
    filtering: {
      filteringFunction: matches,
      empty: <EmptyState title="No entries" subtitle="This list is empty." />,
      noMatch: <EmptyState title="No match" subtitle="No number or note matches the search." />,
    },
    sorting: { defaultState: { sortingColumn: { sortingField: "name" } } },
    pagination: { pageSize: PAGE_SIZE },
    selection: { trackBy: "name", keepSelection: false },
  });
  const selected = useMemo(() => collectionProps.selectedItems ?? [], [collectionProps.selectedItems]);

  /** A write's failure; a 412 reloads the list, since someone else changed it. */
  const failed = (what: string) => (failure: Failure) => {
    if (failure.kind !== "conflict") return failureFlash(failure);
    void loaded.refetch();
    return { type: "warning" as const, header: "Someone else changed this list", content: `It has been reloaded. ${what}` };
  };
  const write = async (send: (etag: string) => Promise<VersionedConfig>) => {
    if (!base) throw new Error("the list is not loaded");
    const saved = await send(base.etag);
    configSaved(saved);
    return saved;
  };

  const adding = useFlashAction(showFlash, {
    run: (pasted: PastedEntry[]) => write((ifMatch) => client.addListEntries(configId, pasted.map((entry) => ({ name: entry.number, ...(entry.note && { note: entry.note }) })), { ifMatch })),
    success: (saved, pasted) => ({ type: "success", header: `Added ${pasted.length} number${pasted.length === 1 ? "" : "s"} to ${configId}`, content: `Version ${saved.config.version}. Contact flows match them within seconds.` }),
    failure: failed("Your paste is still here: check it again and add."),
  });

  const removal = useFlashAction(showFlash, {
    run: (names: readonly string[]) => write((ifMatch) => client.removeListEntries(configId, names, { ifMatch })),
    success: (saved, names) => {
      actions.setSelectedItems([]);
      return { type: "success", header: `Removed ${names.length} entr${names.length === 1 ? "y" : "ies"} from ${configId}`, content: `Version ${saved.config.version}.` };
    },
    failure: failed("Select the entries again to remove them."),
  });

  const noteSaving = useFlashAction(showFlash, {
    run: ({ entry, note }: { entry: Variable; note: string }) =>
      write(async (ifMatch) => requireSaved(configId, await client.patchValues(configId, { variables: [{ name: entry.name, value: entry.value, note }], prompts: [] }, { ifMatch }))),
    success: (_saved, { entry }) => ({ type: "success", header: `Saved the note of ${entry.name}` }),
    failure: failed("Edit the note again."),
  });

  const add = async (pasted: PastedEntry[]): Promise<boolean> => (await adding.run(pasted)) !== undefined;
  // The table keeps its inline editor open when submitting fails.
  const saveNote = async (entry: Variable, note: string) => {
    if ((await noteSaving.run({ entry, note })) === undefined) throw new Error(`the note of ${entry.name} was not saved`);
  };

  const layout = (content: ReactNode) => (
    <ContentLayout breadcrumbs={<ConfigBreadcrumbs configId={configId} />} header={
        <Header
          variant="h1"
          description="Numbers contact flows check with isBadActor or getConfig. Business users add and remove them."
          actions={canEditShape(role) && base?.config.kind === "list" && <ListAdminActions base={base} show={showFlash} />}
        >
          {`${configId} list`}
        </Header>
      }>
      {content}
    </ContentLayout>
  );

  if (loaded.isError) {
    return layout(<LoadFailedAlert error={loaded.error} onRetry={() => void loaded.refetch()} />);
  }
  if (base && base.config.kind !== "list") {
    return layout(<Alert type="info" header="Not a list">{configId} is not a list: change its values on its own page. An admin makes a config a list in its shape.</Alert>);
  }

  return layout(
    <>
    <FlashMessages items={flashItems} />
    <SpaceBetween size="l">
      {!editable && <Alert type="info">You can view this list. Changing it needs the business or admin role.</Alert>}
      <Table
        {...collectionProps}
        items={items}
        loading={loaded.isPending}
        loadingText="Loading the list"
        trackBy="name"
        wrapLines
        selectionType={editable ? "multi" : undefined}
        ariaLabels={{
          selectionGroupLabel: "Entries",
          itemSelectionLabel: (_selection, entry) => entry.name,
          allItemsSelectionLabel: () => "All entries on this page",
          tableLabel: `Entries of ${configId}`,
          activateEditLabel: (_column, entry) => `Edit the note of ${entry.name}`,
          cancelEditLabel: () => "Cancel",
          submitEditLabel: () => "Save note",
        }}
        submitEdit={editable ? (entry, _column, value) => saveNote(entry, String(value ?? "")) : undefined}
        columnDefinitions={[
          { id: "name", header: "Number", cell: (entry) => entry.name, sortingField: "name", isRowHeader: true },
          {
            id: "note",
            header: "Note",
            cell: (entry) => entry.note || "-",
            editConfig: editable
              ? {
                  ariaLabel: "Note",
                  editingCell: (entry, { currentValue, setValue }) => (
                    <Input autoFocus value={(currentValue as string | undefined) ?? entry.note ?? ""} ariaLabel="Note" onChange={(event) => setValue(event.detail.value)} />
                  ),
                }
              : undefined,
          },
        ]}
        header={
          <Header
            variant="h2"
            counter={selected.length > 0 ? `(${selected.length}/${entries.length})` : `(${entries.length})`}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button onClick={() => navigate(`${basePath}/${encodeURIComponent(configId)}/history`)}>History</Button>
                {editable && (
                  <Button disabled={selected.length === 0} onClick={() => setRemoveOpen(true)}>
                    Remove selected
                  </Button>
                )}
              </SpaceBetween>
            }
          >
            Entries
          </Header>
        }
        filter={
          <TextFilter
            {...filterProps}
            filteringPlaceholder="Find a number or note"
            filteringAriaLabel="Find entries"
            countText={filterProps.filteringText ? `${filteredItemsCount ?? 0} matches` : undefined}
          />
        }
        pagination={<Pagination {...paginationProps} ariaLabels={{ nextPageLabel: "Next page", previousPageLabel: "Previous page", pageLabel: (page) => `Page ${page}` }} />}
      />
      {editable && base && <BulkPaste existingNumbers={entries.map((entry) => entry.name)} adding={adding.running} onAdd={add} />}
      {removeOpen && (
        <RemoveEntriesModal
          listId={configId}
          names={selected.map((entry) => entry.name)}
          removing={removal.running}
          onRemove={(names) => void removal.run(names).then(() => setRemoveOpen(false))}
          onCancel={() => setRemoveOpen(false)}
        />
      )}
    </SpaceBetween>
    </>,
  );
}
