import Badge from "@cloudscape-design/components/badge";
import Box from "@cloudscape-design/components/box";
import Container from "@cloudscape-design/components/container";
import Header from "@cloudscape-design/components/header";
import Table from "@cloudscape-design/components/table";
import Toggle from "@cloudscape-design/components/toggle";
import type { FlowConfig } from "@flow-configs/model";
import { useMemo, useState } from "react";
import { compareRows } from "../compare-rows";
import type { CompareRow } from "../compare-rows";
import { ThumbTarget } from "../../thumb-target";
import { DiffText } from "./diff-text";

export interface VersionCompareProps {
  before: FlowConfig;
  after: FlowConfig;
}

function cell(row: CompareRow, side: "before" | "after") {
  const value = row[side];
  if (value === undefined) return <Box color="text-status-inactive">(not in this version)</Box>;
  if (row.changed && row.isText) return <DiffText before={row.before ?? ""} after={row.after ?? ""} side={side} />;
  if (row.changed) {
    return (
      <Box variant="span" fontWeight="bold" color={side === "before" ? "text-status-error" : "text-status-success"}>
        {value === "" ? "(empty)" : value}
      </Box>
    );
  }
  return value === "" ? <Box color="text-status-inactive">(empty)</Box> : value;
}

/** Two versions side by side: every field and text, changed ones highlighted, prompt texts diffed word by word. */
export function VersionCompare({ before, after }: VersionCompareProps) {
  const [onlyChanges, setOnlyChanges] = useState(true);
  const rows = useMemo(() => compareRows(before, after), [before, after]);
  const changedCount = rows.filter((row) => row.changed).length;
  const shown = onlyChanges ? rows.filter((row) => row.changed) : rows;
  return (
    <Container
      header={
        <Header
          variant="h2"
          counter={`(${changedCount} changed)`}
          description={`Version ${before.version} by ${before.updatedBy} against version ${after.version} by ${after.updatedBy}`}
          actions={
            <ThumbTarget onTap={() => setOnlyChanges(!onlyChanges)}>
              <Toggle checked={onlyChanges} onChange={(event) => setOnlyChanges(event.detail.checked)}>
                Only changes
              </Toggle>
            </ThumbTarget>
          }
        >
          Compare versions {before.version} and {after.version}
        </Header>
      }
    >
      <Table
        variant="embedded"
        wrapLines
        items={shown}
        trackBy="key"
        ariaLabels={{ tableLabel: `Version ${before.version} against version ${after.version}` }}
        empty="The two versions are the same."
        columnDefinitions={[
          {
            id: "what",
            header: "Entry",
            isRowHeader: true,
            cell: (row) => (
              <span>
                {row.label} {row.changed && <Badge color="blue">changed</Badge>}
              </span>
            ),
          },
          { id: "before", header: `Version ${before.version}`, cell: (row) => cell(row, "before") },
          { id: "after", header: `Version ${after.version}`, cell: (row) => cell(row, "after") },
        ]}
      />
    </Container>
  );
}
