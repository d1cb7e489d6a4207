import Header from "@cloudscape-design/components/header";
import Pagination from "@cloudscape-design/components/pagination";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import type { StatusIndicatorProps } from "@cloudscape-design/components/status-indicator";
import Table from "@cloudscape-design/components/table";
import { useCollection } from "@cloudscape-design/collection-hooks";
import type { OfficesCsvReportRow } from "@flow-configs/api-client";
import type { ReactNode } from "react";
import { useMediaQuery } from "../../../api/use-media-query";

const STATUS: Record<OfficesCsvReportRow["action"], StatusIndicatorProps.Type> = {
  create: "success",
  update: "info",
  unchanged: "stopped",
  error: "error",
};

export const countOfficeActions = (rows: readonly OfficesCsvReportRow[]) => ({
  create: rows.filter((row) => row.action === "create").length,
  update: rows.filter((row) => row.action === "update").length,
  unchanged: rows.filter((row) => row.action === "unchanged").length,
  error: rows.filter((row) => row.action === "error").length,
});

/** Per CSV line: what importing it does or did, errors first so 1500 rows do not hide the three that failed. */
export function OfficeRowsTable({ title, rows, actions }: { title: string; rows: readonly OfficesCsvReportRow[]; actions?: ReactNode }) {
  const ordered = [...rows].sort((a, b) => Number(b.action === "error") - Number(a.action === "error") || a.line - b.line);
  const { items, paginationProps } = useCollection(ordered, { pagination: { pageSize: 25 } });
  const counts = countOfficeActions(rows);
  const isPhone = useMediaQuery("(max-width: 688px)");
  return (
    <Table
      columnDisplay={(isPhone ? ["office", "action", "reasons"] : ["line", "id", "action", "reasons"]).map((id) => ({ id, visible: true }))}
      items={items}
      trackBy="line"
      wrapLines
      ariaLabels={{ tableLabel: title }}
      header={
        <Header
          variant="h2"
          counter={`(${rows.length})`}
          description={`${counts.create} create · ${counts.update} update · ${counts.unchanged} unchanged · ${counts.error} error`}
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
        { id: "action", header: "Result", cell: (row) => <StatusIndicator type={STATUS[row.action]}>{row.action}</StatusIndicator> },
        { id: "reasons", header: "Reasons", cell: (row) => (row.reasons.length ? row.reasons.join("; ") : "-") },
      ]}
      pagination={<Pagination {...paginationProps} ariaLabels={{ nextPageLabel: "Next page", previousPageLabel: "Previous page", pageLabel: (page) => `Page ${page}` }} />}
    />
  );
}
