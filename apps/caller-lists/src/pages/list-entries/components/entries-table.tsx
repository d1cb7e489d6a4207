import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Table from "@cloudscape-design/components/table";
import TextFilter from "@cloudscape-design/components/text-filter";
import type { CallerListEntry } from "@flow-configs/model/caller-lists";
import { useState, type ReactNode } from "react";

export interface EntriesTableProps {
  entries: CallerListEntry[];
  loading: boolean;
  failed: boolean;
  search: string;
  onSearch: (text: string) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** Absent for read-only users: no selection, no remove. */
  onRemove?: (numbers: string[]) => void;
  actions?: ReactNode;
}

const when = (iso: string) => new Date(iso).toLocaleString();

/** A list's live entries in number order, found by number prefix, loaded a page at a time. */
export function EntriesTable({ entries, loading, failed, search, onSearch, hasMore, loadingMore, onLoadMore, onRemove, actions }: EntriesTableProps) {
  const [selected, setSelected] = useState<CallerListEntry[]>([]);
  return (
    <Table
      items={entries}
      loading={loading}
      loadingText="Loading numbers"
      trackBy="number"
      wrapLines
      selectionType={onRemove ? "multi" : undefined}
      selectedItems={selected}
      onSelectionChange={(event) => setSelected(event.detail.selectedItems)}
      ariaLabels={{ tableLabel: "Numbers on the list", selectionGroupLabel: "Select numbers", itemSelectionLabel: (_, entry) => entry.number, allItemsSelectionLabel: () => "Select all shown" }}
      header={
        <Header
          counter={`(${entries.length}${hasMore ? "+" : ""})`}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              {onRemove && (
                <Button
                  disabled={selected.length === 0}
                  onClick={() => {
                    onRemove(selected.map((entry) => entry.number));
                    setSelected([]);
                  }}
                >
                  Remove
                </Button>
              )}
              {actions}
            </SpaceBetween>
          }
        >
          Numbers
        </Header>
      }
      filter={<TextFilter filteringText={search} filteringPlaceholder="Numbers starting with, e.g. +1512" filteringAriaLabel="Numbers starting with" onChange={(event) => onSearch(event.detail.filteringText)} />}
      empty={<Box textAlign="center">{failed ? "The numbers did not load. Reload the page to try again." : search ? "No number starts with that." : "No numbers on this list yet."}</Box>}
      footer={
        hasMore && (
          <Box textAlign="center">
            <Button loading={loadingMore} onClick={onLoadMore}>
              Show more
            </Button>
          </Box>
        )
      }
      columnDefinitions={[
        { id: "number", header: "Number", isRowHeader: true, cell: (entry) => entry.number },
        { id: "reason", header: "Reason", cell: (entry) => entry.reason ?? "-" },
        { id: "note", header: "Note", cell: (entry) => entry.note ?? "-" },
        { id: "expires", header: "Leaves the list", cell: (entry) => (entry.expiresAt ? when(entry.expiresAt) : "Never") },
        { id: "added", header: "Added", cell: (entry) => `${when(entry.addedAt)} by ${entry.addedBy}` },
      ]}
    />
  );
}
