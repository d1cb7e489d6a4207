import FormField from "@cloudscape-design/components/form-field";
import Input from "@cloudscape-design/components/input";
import { CONFIG_ID_PATTERN } from "@flow-configs/model";
import { useState } from "react";
import { ConfirmModal } from "@flow-configs/ui";

/** A deleted config is in no list; its history is found by its id, and restored from there. */
export function RestoreDeletedModal({ onOpen, onCancel }: { onOpen: (id: string) => void; onCancel: () => void }) {
  const [id, setId] = useState("");
  const valid = CONFIG_ID_PATTERN.test(id);
  return (
    <ConfirmModal header="Restore a deleted config" confirmText="Open history" onConfirm={() => onOpen(id)} onCancel={onCancel} canConfirm={valid}>
      <FormField label="Config id" description="Its history lists every version; pick one and restore it." stretch>
        <Input value={id} ariaLabel="Deleted config id" onChange={(event) => setId(event.detail.value.trim())} onKeyDown={(event) => event.detail.key === "Enter" && valid && onOpen(id)} />
      </FormField>
    </ConfirmModal>
  );
}
