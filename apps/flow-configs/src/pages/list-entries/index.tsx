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
import type { VersionedConfig } from "@flow-configs/api-client";
import type { PastedEntry, Variable } from "@flow-configs/model";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ReactNode } from "react";
import { useNavigate, useParams } from "react-router";
import { describeError } from "../../api/describe-error";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { canEditValues } from "../../expose/role";
import { ConfigBreadcrumbs } from "../config-breadcrumbs";
import { LoadFailedAlert } from "../load-failed-alert";
import { EmptyState } from "../config-list/components/empty-state";
import { FlashMessages, useFlashMessages } from "../use-flash-messages";
import { BulkPaste } from "./components/bulk-paste";
import { RemoveEntriesModal } from "./components/remove-modal";

type Loaded = { status: "loading" } | { status: "failed"; error: unknown } | { status: "ready"; base: VersionedConfig };

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
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<"closed" | "open" | "busy">("closed");

  useEffect(() => {
    let cancelled = false;
    client.get(configId).then(
      (base) => !cancelled && setLoaded({ status: "ready", base }),
      (error: unknown) => !cancelled && setLoaded({ status: "failed", error }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, configId, attempt]);

  const entries = loaded.status === "ready" ? loaded.base.config.variables.filter((variable) => variable.type === "list-entry") : [];
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

  const failed = useCallback(
    (error: unknown, what: string) => {
      const failure = describeError(error);
      if (failure.kind === "conflict") {
        showFlash({ type: "warning", header: "Someone else changed this list", content: `It has been reloaded. ${what}` });
        setAttempt((value) => value + 1);
      } else {
        showFlash({ type: "error", header: failure.title, content: failure.message });
      }
    },
    [showFlash],
  );

  const add = useCallback(
    async (pasted: PastedEntry[]): Promise<boolean> => {
      if (loaded.status !== "ready") return false;
      setAdding(true);
      try {
        const saved = await client.addListEntries(configId, pasted.map((entry) => ({ name: entry.number, ...(entry.note && { note: entry.note }) })), { ifMatch: loaded.base.etag });
        setLoaded({ status: "ready", base: saved });
        showFlash({ type: "success", header: `Added ${pasted.length} number${pasted.length === 1 ? "" : "s"} to ${configId}`, content: `Version ${saved.config.version}. Contact flows match them within seconds.` });
        return true;
      } catch (error) {
        failed(error, "Your paste is still here: check it again and add.");
        return false;
      } finally {
        setAdding(false);
      }
    },
    [client, configId, failed, loaded, showFlash],
  );

  const remove = useCallback(async () => {
    if (loaded.status !== "ready") return;
    const names = selected.map((entry) => entry.name);
    setRemoving("busy");
    try {
      const saved = await client.removeListEntries(configId, names, { ifMatch: loaded.base.etag });
      setLoaded({ status: "ready", base: saved });
      actions.setSelectedItems([]);
      showFlash({ type: "success", header: `Removed ${names.length} entr${names.length === 1 ? "y" : "ies"} from ${configId}`, content: `Version ${saved.config.version}.` });
    } catch (error) {
      failed(error, "Select the entries again to remove them.");
    } finally {
      setRemoving("closed");
    }
  }, [actions, client, configId, failed, loaded, selected, showFlash]);

  const saveNote = useCallback(
    async (entry: Variable, note: string) => {
      if (loaded.status !== "ready") return;
      try {
        const saved = await client.patchValues(configId, { variables: [{ name: entry.name, value: entry.value, note }], prompts: [] }, { ifMatch: loaded.base.etag });
        setLoaded({ status: "ready", base: saved });
        showFlash({ type: "success", header: `Saved the note of ${entry.name}` });
      } catch (error) {
        failed(error, "Edit the note again.");
        throw error;
      }
    },
    [client, configId, failed, loaded, showFlash],
  );

  const layout = (content: ReactNode) => (
    <ContentLayout breadcrumbs={<ConfigBreadcrumbs configId={configId} current="Entries" />} header={<Header variant="h1" description="Numbers contact flows check with isBadActor or getConfig. Business users add and remove them.">{`${configId} list`}</Header>}>
      {content}
    </ContentLayout>
  );

  if (loaded.status === "failed") {
    return layout(<LoadFailedAlert error={loaded.error} onRetry={() => setAttempt((value) => value + 1)} />);
  }

  return layout(
    <SpaceBetween size="l">
      <FlashMessages items={flashItems} />
      {!editable && <Alert type="info">You can view this list. Changing it needs the business or admin role.</Alert>}
      <Table
        {...collectionProps}
        items={items}
        loading={loaded.status === "loading"}
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
                  <Button disabled={selected.length === 0} onClick={() => setRemoving("open")}>
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
      {editable && loaded.status === "ready" && <BulkPaste existingNumbers={entries.map((entry) => entry.name)} adding={adding} onAdd={add} />}
      {removing !== "closed" && (
        <RemoveEntriesModal listId={configId} names={selected.map((entry) => entry.name)} removing={removing === "busy"} onRemove={() => void remove()} onCancel={() => setRemoving("closed")} />
      )}
    </SpaceBetween>,
  );
}
