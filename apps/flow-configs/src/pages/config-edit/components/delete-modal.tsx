import Alert from "@cloudscape-design/components/alert";
import FormField from "@cloudscape-design/components/form-field";
import Input from "@cloudscape-design/components/input";
import SpaceBetween from "@cloudscape-design/components/space-between";
import { useState } from "react";
import { BreakingFlows, type BreakingFlow } from "../../breaking-flows";
import { ConfirmModal } from "@flow-configs/ui";

export interface DeleteModalProps {
  configId: string;
  deleting: boolean;
  /** The flows that name this config by its id: deleting it breaks them. */
  breakingFlows: readonly BreakingFlow[];
  /** `force`: the admin acknowledged the flows that break. */
  onDelete: (force: boolean) => void;
  onCancel: () => void;
}

/** Deleting is for admins and asks for the id typed out: contact flows that read this config start failing. */
export function DeleteModal({ configId, deleting, breakingFlows, onDelete, onCancel }: DeleteModalProps) {
  const [typed, setTyped] = useState("");
  const [acknowledged, setAcknowledged] = useState(false);
  const inUse = breakingFlows.length > 0;
  const confirmed = typed === configId && (!inUse || acknowledged);
  return (
    <ConfirmModal
      header={`Delete ${configId}?`}
      confirmText="Delete"
      onConfirm={() => onDelete(inUse && acknowledged)}
      onCancel={onCancel}
      confirming={deleting}
      canConfirm={confirmed}
    >
      <SpaceBetween size="m">
        {inUse ? (
          <BreakingFlows flows={breakingFlows} consequence="take their Error branch" acknowledged={acknowledged} onAcknowledge={setAcknowledged} />
        ) : (
          <Alert type="warning">Contact flows that call getConfig with this id take their Error branch once it is deleted. Its history is kept.</Alert>
        )}
        <FormField label={`Type ${configId} to confirm`} stretch>
          <Input value={typed} ariaLabel="Config id to confirm" onChange={(event) => setTyped(event.detail.value)} />
        </FormField>
      </SpaceBetween>
    </ConfirmModal>
  );
}
