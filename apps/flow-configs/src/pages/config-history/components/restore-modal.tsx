import Alert from "@cloudscape-design/components/alert";
import { ConfirmModal } from "@flow-configs/ui";

export interface RestoreModalProps {
  configId: string;
  version: number;
  /** The config is deleted: restoring brings it back. */
  deleted: boolean;
  restoring: boolean;
  onRestore: (version: number) => void;
  onCancel: () => void;
}

/** Restoring writes a new version with an old version's content; contact flows read it within seconds. */
export function RestoreModal({ configId, version, deleted, restoring, onRestore, onCancel }: RestoreModalProps) {
  return (
    <ConfirmModal header={`Restore version ${version} of ${configId}?`} confirmText="Restore" onConfirm={() => onRestore(version)} onCancel={onCancel} confirming={restoring}>
      <Alert type="warning">
        {deleted
          ? `${configId} is deleted. Restoring brings it back with the content of version ${version}, and contact flows can read it again.`
          : `The content of version ${version} becomes current again as a new version. Contact flows get it within seconds; the history keeps every version.`}
      </Alert>
    </ConfirmModal>
  );
}
