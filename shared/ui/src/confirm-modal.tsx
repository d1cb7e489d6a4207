import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Modal from "@cloudscape-design/components/modal";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { ReactNode } from "react";

export interface ConfirmModalProps {
  /** False keeps the modal mounted but closed; by default it shows while it is rendered. */
  visible?: boolean;
  header: string;
  /** The action's button, e.g. "Delete". */
  confirmText: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** While the action runs. */
  confirming?: boolean;
  /** False while the form inside does not allow the action yet. */
  canConfirm?: boolean;
  /** Another way out besides Cancel, before the primary button (e.g. "Skip them"). */
  alternative?: ReactNode;
  children: ReactNode;
}

/** A modal that asks before one action: Cancel, and the action as the primary button. */
export function ConfirmModal({ visible = true, header, confirmText, onConfirm, onCancel, confirming, canConfirm = true, alternative, children }: ConfirmModalProps) {
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
            {alternative}
            <Button variant="primary" disabled={!canConfirm} loading={confirming} onClick={onConfirm}>
              {confirmText}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      {children}
    </Modal>
  );
}
