import type { Issue } from "@flow-configs/model";
import { useState } from "react";
import { BreakingFlows } from "../../breaking-flows";
import { ConfirmModal } from "@flow-configs/ui";

export interface BreakingShapeModalProps {
  configId: string;
  /** The API's 409 InUse issues: one per flow, `reads <names>`. */
  flows: readonly Issue[];
  saving: boolean;
  onSaveAnyway: () => void;
  onCancel: () => void;
}

/** The new shape drops names contact flows read: save it only once the admin has seen which, and agreed. */
export function BreakingShapeModal({ configId, flows, saving, onSaveAnyway, onCancel }: BreakingShapeModalProps) {
  const [acknowledged, setAcknowledged] = useState(false);
  return (
    <ConfirmModal header={`Save the shape of ${configId}?`} confirmText="Save anyway" onConfirm={onSaveAnyway} onCancel={onCancel} confirming={saving} canConfirm={acknowledged}>
      <BreakingFlows
        flows={flows.map((flow) => ({ name: flow.path, detail: flow.message }))}
        consequence="get no value for the names they read that this shape removes or renames"
        acknowledged={acknowledged}
        onAcknowledge={setAcknowledged}
      />
    </ConfirmModal>
  );
}
