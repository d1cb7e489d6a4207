import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Modal from "@cloudscape-design/components/modal";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Table from "@cloudscape-design/components/table";
import type { Change, FlowConfig } from "@flow-configs/model";

export interface ConflictModalProps {
  server: FlowConfig;
  changes: Change[];
  onReapply: () => void;
  onDiscard: () => void;
}

const show = (value: unknown): string => (value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value));

const whatOf = (change: Change): string => `${change.name}${change.field ? ` · ${change.field}` : ""}`;

/** After a 412: what someone else saved since this page loaded, and the way forward. */
export function ConflictModal({ server, changes, onReapply, onDiscard }: ConflictModalProps) {
  return (
    <Modal
      visible
      onDismiss={onDiscard}
      header="Changed on the server"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button onClick={onDiscard}>Discard my edits</Button>
            <Button variant="primary" onClick={onReapply}>
              Reapply my edits
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box>
          {server.updatedBy} saved version {server.version} of {server.id} while you were editing. Reapply puts your edits on
          top of their version; review and save again.
        </Box>
        <Table
          variant="embedded"
          wrapLines
          items={changes}
          trackBy={whatOf}
          empty="No value differs from what you started from."
          columnDefinitions={[
            { id: "what", header: "What", cell: whatOf, isRowHeader: true },
            { id: "before", header: "Was", cell: (change) => show(change.before) },
            { id: "after", header: "Now", cell: (change) => show(change.after) },
          ]}
        />
      </SpaceBetween>
    </Modal>
  );
}
