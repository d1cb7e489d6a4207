import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Modal from "@cloudscape-design/components/modal";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { ReactNode } from "react";

export interface ConfirmModalProps {
  visible: boolean;
  header: string;
  /** The action's button text, e.g. "Delete". */
  action: string;
  busy: boolean;
  /** The action cannot be taken yet (e.g. a required field is empty). */
  disabled?: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  children: ReactNode;
}

/** Cancel or the one action: a confirmation, or a small form whose action is its submit. */
export function ConfirmModal({ visible, header, action, busy, disabled = false, onCancel, onConfirm, children }: ConfirmModalProps) {
  return (
    <Modal
      visible={visible}
      onDismiss={onCancel}
      header={header}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="primary" loading={busy} disabled={disabled} onClick={onConfirm}>
              {action}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      {children}
    </Modal>
  );
}
