import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import ExpandableSection from "@cloudscape-design/components/expandable-section";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Table from "@cloudscape-design/components/table";
import Textarea from "@cloudscape-design/components/textarea";
import { parseBulkEntries } from "@flow-configs/model";
import type { BulkEntries, PastedEntry, RejectedLine } from "@flow-configs/model";
import { useState } from "react";

export interface BulkPasteProps {
  existingNumbers: readonly string[];
  adding: boolean;
  /** Called with the checked, new, distinct numbers once the user confirms. */
  onAdd: (entries: PastedEntry[]) => Promise<boolean>;
}

function RejectedTable({ title, lines }: { title: string; lines: RejectedLine[] }) {
  if (lines.length === 0) return null;
  return (
    <ExpandableSection headerText={`${title} (${lines.length})`} defaultExpanded={lines.length <= 20}>
      <Table
        variant="embedded"
        wrapLines
        items={lines}
        trackBy="line"
        ariaLabels={{ tableLabel: title }}
        columnDefinitions={[
          { id: "line", header: "Line", cell: (line) => line.line, isRowHeader: true, minWidth: 72 },
          { id: "reason", header: "Why", cell: (line) => line.reason },
        ]}
      />
    </ExpandableSection>
  );
}

/** Paste numbers one per line (optionally "number, note"); each line is checked and nothing is written until confirmed. */
export function BulkPaste({ existingNumbers, adding, onAdd }: BulkPasteProps) {
  const [text, setText] = useState("");
  const [checked, setChecked] = useState<BulkEntries | null>(null);

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
            }}
          />
        </FormField>
        <SpaceBetween direction="horizontal" size="xs">
          <Button disabled={text.trim() === ""} onClick={() => setChecked(parseBulkEntries(text, existingNumbers))}>
            Check numbers
          </Button>
          {checked && (
            <Button
              variant="primary"
              disabled={checked.entries.length === 0}
              loading={adding}
              onClick={() =>
                void onAdd(checked.entries).then((added) => {
                  if (!added) return;
                  setText("");
                  setChecked(null);
                })
              }
            >
              {`Add ${checked.entries.length} number${checked.entries.length === 1 ? "" : "s"}`}
            </Button>
          )}
        </SpaceBetween>
        {checked && (
          <SpaceBetween size="s">
            <Alert type={checked.invalid.length + checked.duplicates.length > 0 ? "warning" : "info"} header="Checked, nothing written yet">
              <Box variant="p">
                {checked.entries.length} new number(s) ready to add · {checked.invalid.length} invalid line(s) · {checked.duplicates.length} duplicate(s). Only the
                new, valid numbers are added.
              </Box>
            </Alert>
            <RejectedTable title="Invalid lines" lines={checked.invalid} />
            <RejectedTable title="Duplicates" lines={checked.duplicates} />
          </SpaceBetween>
        )}
      </SpaceBetween>
    </Container>
  );
}
