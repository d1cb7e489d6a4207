import Alert from "@cloudscape-design/components/alert";
import Form from "@cloudscape-design/components/form";
import FormField from "@cloudscape-design/components/form-field";
import Input from "@cloudscape-design/components/input";
import Select from "@cloudscape-design/components/select";
import SpaceBetween from "@cloudscape-design/components/space-between";
import { CALLER_LIST_KINDS, type CallerListKind, type CreateCallerList } from "@flow-configs/model/caller-lists";
import { useState } from "react";
import { describeError } from "../../../api/describe-error";
import { ConfirmModal } from "@flow-configs/ui";
import { KIND_LABELS } from "../../kind-label";

const KIND_OPTIONS = CALLER_LIST_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind].label }));

export interface CreateListModalProps {
  visible: boolean;
  creating: boolean;
  /** Why the last try failed (shown in the modal, which stays open with what was typed). */
  error: unknown;
  onCancel: () => void;
  onCreate: (input: CreateCallerList) => void;
}

/** An admin names a new list and says what kind it is. */
export function CreateListModal({ visible, creating, error, onCancel, onCreate }: CreateListModalProps) {
  const [id, setId] = useState("");
  const [description, setDescription] = useState("");
  const [kind, setKind] = useState<CallerListKind>("block");
  const failure = error ? describeError(error) : null;
  const selected = KIND_OPTIONS.find((option) => option.value === kind) ?? null;
  return (
    <ConfirmModal
      visible={visible}
      header="Create a caller list"
      confirmText="Create"
      confirming={creating}
      canConfirm={id.trim() !== ""}
      onCancel={onCancel}
      onConfirm={() => onCreate({ id: id.trim(), description, kind })}
    >
      <Form>
        <SpaceBetween size="m">
          {failure && (
            <Alert type="error" header={failure.header}>
              {failure.content}
            </Alert>
          )}
          <FormField label="List id" description="What contact flows pass as listId: a–z, 0–9 and -, e.g. vip or bad-callers">
            <Input value={id} onChange={(event) => setId(event.detail.value)} ariaLabel="List id" />
          </FormField>
          <FormField label="Description">
            <Input value={description} onChange={(event) => setDescription(event.detail.value)} ariaLabel="Description" />
          </FormField>
          <FormField label="Kind" description="Flows branch on it: block disconnects, allow lets through, VIP jumps the queue">
            <Select
              selectedOption={selected}
              options={KIND_OPTIONS}
              ariaLabel="Kind"
              onChange={(event) => setKind(event.detail.selectedOption.value as CallerListKind)}
            />
          </FormField>
        </SpaceBetween>
      </Form>
    </ConfirmModal>
  );
}
