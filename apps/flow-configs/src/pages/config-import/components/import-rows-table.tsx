import Box from "@cloudscape-design/components/box";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import type { StatusIndicatorProps } from "@cloudscape-design/components/status-indicator";
import Table from "@cloudscape-design/components/table";
import type { ImportReportRow } from "@flow-configs/api-client";
import { useMediaQuery } from "../../../api/use-media-query";

const STATUS: Record<ImportReportRow["action"], { type: StatusIndicatorProps.Type; text: string }> = {
  create: { type: "success", text: "create" },
  update: { type: "info", text: "update" },
  unchanged: { type: "stopped", text: "unchanged" },
  invalid: { type: "error", text: "invalid" },
};

export const countActions = (rows: readonly ImportReportRow[]): Record<ImportReportRow["action"], number> => ({
  create: rows.filter((row) => row.action === "create").length,
  update: rows.filter((row) => row.action === "update").length,
  unchanged: rows.filter((row) => row.action === "unchanged").length,
  invalid: rows.filter((row) => row.action === "invalid").length,
});

/** One row per config of the document: what importing it does, or why it cannot be imported. */
export function ImportRowsTable({ title, rows }: { title: string; rows: readonly ImportReportRow[] }) {
  const counts = countActions(rows);
  const isPhone = useMediaQuery("(max-width: 688px)");
  const result = (row: ImportReportRow) => <StatusIndicator type={STATUS[row.action].type}>{STATUS[row.action].text}</StatusIndicator>;
  return (
    <Table
      columnDisplay={(isPhone ? ["config", "issues"] : ["id", "action", "issues"]).map((id) => ({ id, visible: true }))}
      items={[...rows]}
      trackBy="index"
      wrapLines
      ariaLabels={{ tableLabel: title }}
      header={
        <Header variant="h2" counter={`(${rows.length})`} description={`${counts.create} create · ${counts.update} update · ${counts.unchanged} unchanged · ${counts.invalid} invalid`}>
          {title}
        </Header>
      }
      columnDefinitions={[
        { id: "id", header: "Config", cell: (row) => row.id || `configs[${row.index}]`, isRowHeader: true },
        { id: "action", header: "Result", cell: result },
        {
          // On a phone the result goes under the config, leaving the reasons room to read.
          id: "config",
          header: "Config",
          isRowHeader: true,
          cell: (row) => (
            <SpaceBetween size="xxs">
              <span>{row.id || `configs[${row.index}]`}</span>
              {result(row)}
            </SpaceBetween>
          ),
        },
        {
          id: "issues",
          header: "Reasons",
          cell: (row) =>
            row.issues.length === 0 ? "-" : (
              <SpaceBetween size="xxs">
                {row.issues.map((issue) => (
                  <span key={`${issue.path}:${issue.message}`}>
                    <Box variant="code">{issue.path}</Box> {issue.message}
                  </span>
                ))}
              </SpaceBetween>
            ),
        },
      ]}
    />
  );
}
