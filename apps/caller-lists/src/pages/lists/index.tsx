import { useCollection } from "@cloudscape-design/collection-hooks";
import Badge from "@cloudscape-design/components/badge";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Header from "@cloudscape-design/components/header";
import Link from "@cloudscape-design/components/link";
import Pagination from "@cloudscape-design/components/pagination";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Table from "@cloudscape-design/components/table";
import TextFilter from "@cloudscape-design/components/text-filter";
import type { CallerList } from "@flow-configs/model/caller-lists";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useCreateList, useDeleteList, useListsQuery } from "../../api/use-caller-lists";
import { useCallerLists } from "../../expose/caller-lists-context";
import { canManageLists } from "../../expose/role";
import { ConfirmModal } from "@flow-configs/ui";
import { FlashMessages, useFlash } from "../flash";
import { KIND_LABELS } from "../kind-label";
import { CreateListModal } from "./components/create-list-modal";

/** Every caller list; admins create and delete them. */
export function ListsPage() {
  const { basePath, role } = useCallerLists();
  const navigate = useNavigate();
  const lists = useListsQuery();
  const createList = useCreateList();
  const deleteList = useDeleteList();
  const flash = useFlash();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<CallerList | null>(null);
  const admin = canManageLists(role);

  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } = useCollection(lists.data ?? [], {
    filtering: { filteringFunction: (list, text) => `${list.id} ${list.description} ${list.kind}`.toLowerCase().includes(text.toLowerCase()) },
    sorting: { defaultState: { sortingColumn: { sortingField: "id" } } },
    pagination: { pageSize: 20 },
    selection: { trackBy: "id" },
  });
  const selected = collectionProps.selectedItems?.[0];

  return (
    <ContentLayout
      header={
        <SpaceBetween size="m">
          <Header
            variant="h1"
            description="Numbers contact flows check with checkCallerList: block, allow and VIP lists"
            actions={
              admin && (
                <SpaceBetween direction="horizontal" size="xs">
                  <Button disabled={!selected} onClick={() => setDeleting(selected ?? null)}>
                    Delete
                  </Button>
                  <Button variant="primary" onClick={() => setCreating(true)}>
                    Create list
                  </Button>
                </SpaceBetween>
              )
            }
          >
            Caller lists
          </Header>
          <FlashMessages items={flash.items} />
        </SpaceBetween>
      }
    >
      <Table
        {...collectionProps}
        items={items}
        loading={lists.isPending}
        loadingText="Loading caller lists"
        selectionType={admin ? "single" : undefined}
        trackBy="id"
        variant="full-page"
        ariaLabels={{ tableLabel: "Caller lists", selectionGroupLabel: "Select a list", itemSelectionLabel: (_, list) => list.id }}
        header={<Header counter={lists.data ? `(${lists.data.length})` : undefined}>Lists</Header>}
        filter={<TextFilter {...filterProps} filteringPlaceholder="Find a list" countText={`${filteredItemsCount ?? 0} matches`} />}
        pagination={<Pagination {...paginationProps} ariaLabels={{ nextPageLabel: "Next page", previousPageLabel: "Previous page", pageLabel: (page) => `Page ${page}` }} />}
        empty={
          <Box textAlign="center" color="inherit">
            {lists.isError ? "The lists did not load. Reload the page to try again." : "No caller lists yet."}
          </Box>
        }
        columnDefinitions={[
          {
            id: "id",
            header: "List",
            sortingField: "id",
            isRowHeader: true,
            cell: (list) => (
              <Link
                href={`${basePath}/${list.id}`}
                onFollow={(event) => {
                  event.preventDefault();
                  navigate(`${basePath}/${list.id}`);
                }}
              >
                {list.id}
              </Link>
            ),
          },
          { id: "kind", header: "Kind", sortingField: "kind", cell: (list) => <Badge color={KIND_LABELS[list.kind].color}>{KIND_LABELS[list.kind].label}</Badge> },
          { id: "description", header: "Description", cell: (list) => list.description || "-" },
          { id: "created", header: "Created", sortingField: "createdAt", cell: (list) => `${new Date(list.createdAt).toLocaleDateString()} by ${list.createdBy}` },
        ]}
      />
      {creating && (
        <CreateListModal
          visible
          creating={createList.isPending}
          error={createList.error}
          onCancel={() => {
            setCreating(false);
            createList.reset();
          }}
          onCreate={(input) =>
            createList.mutate(input, {
              onSuccess: (list) => {
                setCreating(false);
                createList.reset();
                flash.show({ type: "success", header: `List ${list.id} created` });
              },
            })
          }
        />
      )}
      {deleting && (
        <ConfirmModal
          visible
          header={`Delete ${deleting.id}?`}
          confirmText="Delete"
          confirming={deleteList.isPending}
          onCancel={() => setDeleting(null)}
          onConfirm={() =>
            deleteList.mutate(deleting.id, {
              onSuccess: () => flash.show({ type: "success", header: `List ${deleting.id} deleted` }),
              onError: (error) => flash.fail(`List ${deleting.id} was not deleted`, error),
              onSettled: () => setDeleting(null),
            })
          }
        >
          The list and every number on it are deleted. Contact flows that check {deleting.id} will take their Error branch.
        </ConfirmModal>
      )}
    </ContentLayout>
  );
}
