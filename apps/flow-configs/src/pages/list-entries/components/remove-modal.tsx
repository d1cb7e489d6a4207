import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Modal from "@cloudscape-design/components/modal";
import SpaceBetween from "@cloudscape-design/components/space-between";

export interface RemoveEntriesModalProps {
  listId: string;
  names: readonly string[];
  removing: boolean;
  onRemove: () => void;
  onCancel: () => void;
}

const SHOWN = 10;

export function RemoveEntriesModal({ listId, names, removing, onRemove, onCancel }: RemoveEntriesModalProps) {
  const shown = names.slice(0, SHOWN).join(", ");
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={`Remove ${names.length} entr${names.length === 1 ? "y" : "ies"} from ${listId}?`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="primary" loading={removing} onClick={onRemove}>
              Remove
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <Alert type="warning">
        Contact flows stop matching {names.length > SHOWN ? `${shown} and ${names.length - SHOWN} more` : shown} within seconds. The history keeps them.
      </Alert>
    </Modal>
  );
}
