import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Modal from "@cloudscape-design/components/modal";
import SpaceBetween from "@cloudscape-design/components/space-between";

export interface RestoreModalProps {
  configId: string;
  version: number;
  /** The config is deleted: restoring brings it back. */
  deleted: boolean;
  restoring: boolean;
  onRestore: () => void;
  onCancel: () => void;
}

/** Restoring writes a new version with an old version's content; contact flows read it within seconds. */
export function RestoreModal({ configId, version, deleted, restoring, onRestore, onCancel }: RestoreModalProps) {
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={`Restore version ${version} of ${configId}?`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="primary" loading={restoring} onClick={onRestore}>
              Restore
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <Alert type="warning">
        {deleted
          ? `${configId} is deleted. Restoring brings it back with the content of version ${version}, and contact flows can read it again.`
          : `The content of version ${version} becomes current again as a new version. Contact flows get it within seconds; the history keeps every version.`}
      </Alert>
    </Modal>
  );
}
