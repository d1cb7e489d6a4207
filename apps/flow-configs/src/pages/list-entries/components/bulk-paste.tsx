import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import ExpandableSection from "@cloudscape-design/components/expandable-section";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Textarea from "@cloudscape-design/components/textarea";
import { keepLines, parseBulkEntries } from "@flow-configs/model";
import type { BulkEntries, PastedEntry, RejectedLine } from "@flow-configs/model";
import { NumberedLinesTable } from "@flow-configs/ui";
import { useState } from "react";

export interface BulkPasteProps {
  existingNumbers: readonly string[];
  adding: boolean;
  /** Called with the checked, new, distinct numbers once the user confirms. */
  onAdd: (entries: PastedEntry[]) => Promise<boolean>;
}

function LinesTable({ title, lines, why }: { title: string; lines: readonly (PastedEntry | RejectedLine)[]; why: string }) {
  if (lines.length === 0) return null;
  return (
    <ExpandableSection headerText={`${title} (${lines.length})`} defaultExpanded={lines.length <= 20}>
      <NumberedLinesTable
        title={title}
        lines={lines}
        columns={[{ id: "why", header: why, cell: (line) => ("reason" in line ? line.reason : line.reading) }]}
      />
    </ExpandableSection>
  );
}

/** What a check found, or what is left after adding: the lines still in the box, each with why. */
function CheckSummary({ checked, added }: { checked: BulkEntries; added: number | null }) {
  const rejected = checked.invalid.length + checked.duplicates.length;
  const header = added === null ? "Checked, nothing written yet" : `Added ${added} number${added === 1 ? "" : "s"}: ${rejected} line${rejected === 1 ? "" : "s"} left to fix`;
  return (
    <SpaceBetween size="s">
      <Alert type={rejected > 0 ? "warning" : "info"} header={header}>
        <Box variant="p">
          {added === null
            ? `${checked.entries.length} new number(s) ready to add · ${checked.invalid.length} invalid line(s) · ${checked.duplicates.length} duplicate(s). Only the new, valid numbers are added; the other lines stay in the box to fix.`
            : "The lines that were not added are still in the box: fix them and check again."}
        </Box>
      </Alert>
      <LinesTable title="Ready to add" lines={checked.entries} why="Read as" />
      <LinesTable title="Invalid lines" lines={checked.invalid} why="Why" />
      <LinesTable title="Duplicates" lines={checked.duplicates} why="Why" />
    </SpaceBetween>
  );
}

/**
 * Paste numbers one per line (optionally "number, note"); each line is checked and says how it was read, and
 * nothing is written until confirmed. After adding, the lines that were not added stay in the box with why.
 */
export function BulkPaste({ existingNumbers, adding, onAdd }: BulkPasteProps) {
  const [text, setText] = useState("");
  const [checked, setChecked] = useState<BulkEntries | null>(null);
  const [added, setAdded] = useState<number | null>(null);

  const add = async (ready: BulkEntries) => {
    if (!(await onAdd(ready.entries))) return;
    const left = keepLines(text, [...ready.invalid, ...ready.duplicates].map((line) => line.line));
    setText(left);
    setAdded(ready.entries.length);
    // The kept lines are checked again where they now stand, against the list with the new numbers on it
    setChecked(left.trim() === "" ? null : parseBulkEntries(left, [...existingNumbers, ...ready.entries.map((entry) => entry.number)]));
  };

  return (
    <Container
      header={
        <Header variant="h2" description="One number per line, any common format; a note may follow a comma. Numbers are stored in E.164 (+15551234567).">
          Add numbers
        </Header>
      }
    >
      <SpaceBetween size="m">
        <FormField label="Numbers to add" stretch>
          <Textarea
            value={text}
            rows={6}
            ariaLabel="Numbers to add"
            placeholder={"+1 555 555 0123, repeat abusive caller\n(555) 555-0124"}
            onChange={(event) => {
              setText(event.detail.value);
              setChecked(null);
              setAdded(null);
            }}
          />
        </FormField>
        <SpaceBetween direction="horizontal" size="xs">
          <Button
            disabled={text.trim() === ""}
            onClick={() => {
              setChecked(parseBulkEntries(text, existingNumbers));
              setAdded(null);
            }}
          >
            Check numbers
          </Button>
          {checked && added === null && (
            <Button variant="primary" disabled={checked.entries.length === 0} loading={adding} onClick={() => void add(checked)}>
              {`Add ${checked.entries.length} number${checked.entries.length === 1 ? "" : "s"}`}
            </Button>
          )}
        </SpaceBetween>
        {checked && <CheckSummary checked={checked} added={added} />}
      </SpaceBetween>
    </Container>
  );
}
