import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { OfficesCsvReportRow } from "@flow-configs/api-client";
import { ConfirmModal } from "@flow-configs/ui";
import { FieldChanges } from "./field-changes";

export interface StaleRowsModalProps {
  rows: readonly OfficesCsvReportRow[];
  onOverwrite: () => void;
  onSkip: () => void;
  onCancel: () => void;
}

const SHOWN = 10;

/** Before apply: offices someone changed after the export. Overwriting undoes their change; skipping leaves them as they are. */
export function StaleRowsModal({ rows, onOverwrite, onSkip, onCancel }: StaleRowsModalProps) {
  const count = `${rows.length} office${rows.length === 1 ? "" : "s"}`;
  return (
    <ConfirmModal header={`${count} changed since the export`} confirmText="Overwrite them" onConfirm={onOverwrite} onCancel={onCancel} alternative={<Button onClick={onSkip}>Skip them</Button>}>
      <SpaceBetween size="m">
        <Alert type="warning">Writing these rows undoes what was changed after the export. Skip them to write only the other rows.</Alert>
        {rows.slice(0, SHOWN).map((row) => (
          <SpaceBetween key={row.line} size="xxxs">
            <Box variant="h4">{`${row.id} (line ${row.line})`}</Box>
            <Box variant="small">
              {row.current ? `Changed by ${row.current.updatedBy} at ${new Date(row.current.updatedAt).toLocaleString()} (version ${row.exportedVersion} → ${row.current.version})` : "Deleted since the export"}
            </Box>
            <FieldChanges changes={row.changes} />
          </SpaceBetween>
        ))}
        {rows.length > SHOWN && <Box variant="p">…and {rows.length - SHOWN} more: see the dry run.</Box>}
      </SpaceBetween>
    </ConfirmModal>
  );
}
