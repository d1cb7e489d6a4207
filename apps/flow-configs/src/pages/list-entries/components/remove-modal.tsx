import Alert from "@cloudscape-design/components/alert";
import { ConfirmModal } from "@flow-configs/ui";

export interface RemoveEntriesModalProps {
  listId: string;
  names: readonly string[];
  removing: boolean;
  onRemove: (names: readonly string[]) => void;
  onCancel: () => void;
}

const SHOWN = 10;

/** Removing entries asks first and names them: contact flows stop matching those numbers. */
export function RemoveEntriesModal({ listId, names, removing, onRemove, onCancel }: RemoveEntriesModalProps) {
  const shown = names.slice(0, SHOWN).join(", ");
  return (
    <ConfirmModal header={`Remove ${names.length} entr${names.length === 1 ? "y" : "ies"} from ${listId}?`} confirmText="Remove" onConfirm={() => onRemove(names)} onCancel={onCancel} confirming={removing}>
      <Alert type="warning">
        Contact flows stop matching {names.length > SHOWN ? `${shown} and ${names.length - SHOWN} more` : shown} within seconds. The history keeps them.
      </Alert>
    </ConfirmModal>
  );
}
