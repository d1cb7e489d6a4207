import Header from "@cloudscape-design/components/header";
import Pagination from "@cloudscape-design/components/pagination";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import type { StatusIndicatorProps } from "@cloudscape-design/components/status-indicator";
import Table from "@cloudscape-design/components/table";
import { useCollection } from "@cloudscape-design/collection-hooks";
import type { OfficesCsvReportRow } from "@flow-configs/api-client";
import type { ReactNode } from "react";
import { useMediaQuery } from "../../../api/use-media-query";
import { countOfficeActions } from "../office-counts";
import { FieldChanges } from "./field-changes";

const STATUS: Record<OfficesCsvReportRow["action"], StatusIndicatorProps.Type> = {
  create: "success",
  update: "info",
  unchanged: "stopped",
  error: "error",
};

/** Errors first, then rows changed since the export: 1500 rows must not hide the three that need a look. */
const attention = (row: OfficesCsvReportRow) => (row.action === "error" ? 2 : row.stale ? 1 : 0);

function Result({ row }: { row: OfficesCsvReportRow }) {
  return (
    <SpaceBetween size="xxxs">
      <StatusIndicator type={STATUS[row.action]}>{row.action}</StatusIndicator>
      {row.stale && <StatusIndicator type="warning">changed since export</StatusIndicator>}
    </SpaceBetween>
  );
}

/** Per CSV line: what importing it does or did, what it changes, and whether its office changed since the export. */
export function OfficeRowsTable({ title, rows, actions }: { title: string; rows: readonly OfficesCsvReportRow[]; actions?: ReactNode }) {
  const ordered = [...rows].sort((a, b) => attention(b) - attention(a) || a.line - b.line);
  const { items, paginationProps } = useCollection(ordered, { pagination: { pageSize: 25 } });
  const counts = countOfficeActions(rows);
  const isPhone = useMediaQuery("(max-width: 688px)");
  return (
    <Table
      columnDisplay={(isPhone ? ["office", "details"] : ["line", "id", "action", "changes", "reasons"]).map((id) => ({ id, visible: true }))}
      items={items}
      trackBy="line"
      wrapLines
      ariaLabels={{ tableLabel: title }}
      header={
        <Header
          variant="h2"
          counter={`(${rows.length})`}
          description={`${counts.create} create · ${counts.update} update · ${counts.unchanged} unchanged · ${counts.error} error${counts.stale > 0 ? ` · ${counts.stale} changed since export` : ""}`}
          actions={actions}
        >
          {title}
        </Header>
      }
      columnDefinitions={[
        { id: "line", header: "Line", cell: (row) => row.line, minWidth: 72 },
        { id: "id", header: "Office", cell: (row) => row.id || "-", isRowHeader: true },
        // On a phone two columns: the office with its line and result, then what it changes and why.
        {
          id: "office",
          header: "Office",
          cell: (row) => (
            <SpaceBetween size="xxxs">
              {`${row.id || "-"} (line ${row.line})`}
              <Result row={row} />
            </SpaceBetween>
          ),
          isRowHeader: true,
          minWidth: 150,
        },
        { id: "action", header: "Result", cell: (row) => <Result row={row} /> },
        { id: "changes", header: "Changes", cell: (row) => <FieldChanges changes={row.changes} /> },
        { id: "reasons", header: "Reasons", cell: (row) => (row.reasons.length ? row.reasons.join("; ") : "-") },
        {
          id: "details",
          header: "Changes and reasons",
          cell: (row) => (
            <SpaceBetween size="xxs">
              <FieldChanges changes={row.changes} />
              {row.reasons.length > 0 && row.reasons.join("; ")}
            </SpaceBetween>
          ),
        },
      ]}
      pagination={<Pagination {...paginationProps} ariaLabels={{ nextPageLabel: "Next page", previousPageLabel: "Previous page", pageLabel: (page) => `Page ${page}` }} />}
    />
  );
}
