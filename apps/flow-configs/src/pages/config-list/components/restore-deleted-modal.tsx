import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import FormField from "@cloudscape-design/components/form-field";
import Input from "@cloudscape-design/components/input";
import Modal from "@cloudscape-design/components/modal";
import SpaceBetween from "@cloudscape-design/components/space-between";
import { CONFIG_ID_PATTERN } from "@flow-configs/model";
import { useState } from "react";

/** A deleted config is in no list; its history is found by its id, and restored from there. */
export function RestoreDeletedModal({ onOpen, onCancel }: { onOpen: (id: string) => void; onCancel: () => void }) {
  const [id, setId] = useState("");
  const valid = CONFIG_ID_PATTERN.test(id);
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header="Restore a deleted config"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="primary" disabled={!valid} onClick={() => onOpen(id)}>
              Open history
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <FormField label="Config id" description="Its history lists every version; pick one and restore it." stretch>
        <Input value={id} ariaLabel="Deleted config id" onChange={(event) => setId(event.detail.value.trim())} onKeyDown={(event) => event.detail.key === "Enter" && valid && onOpen(id)} />
      </FormField>
    </Modal>
  );
}
