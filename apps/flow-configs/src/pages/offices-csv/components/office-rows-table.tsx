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

/** Per CSV line: what importing it does or did, what it changes, and whether its office changed since the export. */
export function OfficeRowsTable({ title, rows, actions }: { title: string; rows: readonly OfficesCsvReportRow[]; actions?: ReactNode }) {
  const ordered = [...rows].sort((a, b) => attention(b) - attention(a) || a.line - b.line);
  const { items, paginationProps } = useCollection(ordered, { pagination: { pageSize: 25 } });
  const counts = countOfficeActions(rows);
  const isPhone = useMediaQuery("(max-width: 688px)");
  return (
    <Table
      columnDisplay={(isPhone ? ["office", "action", "changes", "reasons"] : ["line", "id", "action", "changes", "reasons"]).map((id) => ({ id, visible: true }))}
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
        // On a phone the line goes under the office, leaving the reasons room to read.
        { id: "office", header: "Office", cell: (row) => `${row.id || "-"} (line ${row.line})`, isRowHeader: true },
        {
          id: "action",
          header: "Result",
          cell: (row) => (
            <SpaceBetween size="xxxs">
              <StatusIndicator type={STATUS[row.action]}>{row.action}</StatusIndicator>
              {row.stale && <StatusIndicator type="warning">changed since export</StatusIndicator>}
            </SpaceBetween>
          ),
        },
        { id: "changes", header: "Changes", cell: (row) => <FieldChanges changes={row.changes} /> },
        { id: "reasons", header: "Reasons", cell: (row) => (row.reasons.length ? row.reasons.join("; ") : "-") },
      ]}
      pagination={<Pagination {...paginationProps} ariaLabels={{ nextPageLabel: "Next page", previousPageLabel: "Previous page", pageLabel: (page) => `Page ${page}` }} />}
    />
  );
}
