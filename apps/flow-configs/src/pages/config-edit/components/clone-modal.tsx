import FormField from "@cloudscape-design/components/form-field";
import Input from "@cloudscape-design/components/input";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Toggle from "@cloudscape-design/components/toggle";
import { CONFIG_ID_PATTERN } from "@flow-configs/model";
import type { FlowConfig } from "@flow-configs/model";
import type { InputProps } from "@cloudscape-design/components/input";
import { useEffect, useRef, useState } from "react";
import { ThumbTarget } from "../../thumb-target";
import { ConfirmModal } from "@flow-configs/ui";

export interface CloneModalProps {
  source: FlowConfig;
  cloning: boolean;
  /** The API's answer when the id is taken: marked on the Id field. */
  idTaken?: string | null;
  onIdChange?: () => void;
  onClone: (request: { id: string; linkTemplate: boolean }) => void;
  onCancel: () => void;
}

/** What "link to template" makes of this source: a new instance of it, or a sibling of an instance. */
function linkDescription(source: FlowConfig): string {
  if (source.templateId) return `The copy is another instance of ${source.templateId} with the same overrides; the rest stays inherited.`;
  return `The copy inherits ${source.id}'s shape and values and keeps only its own overrides (${source.id} becomes its template).`;
}

/** Clone: a new id, and whether the copy stands alone or stays linked to a template. */
export function CloneModal({ source, cloning, idTaken, onIdChange, onClone, onCancel }: CloneModalProps) {
  const [id, setId] = useState("");
  const [linkTemplate, setLinkTemplate] = useState(Boolean(source.templateId));
  const [tried, setTried] = useState(false);
  const idInput = useRef<InputProps.Ref>(null);
  useEffect(() => {
    if (idTaken) idInput.current?.focus();
  }, [idTaken]);
  const idError = id === source.id ? `Choose an id other than ${source.id}` : !CONFIG_ID_PATTERN.test(id) ? "1–64 characters of A–Z a–z 0–9 _ -" : undefined;
  const submit = () => {
    setTried(true);
    if (!idError) onClone({ id, linkTemplate });
  };
  return (
    <ConfirmModal header={`Clone ${source.id}`} confirmText="Clone" onConfirm={submit} onCancel={onCancel} confirming={cloning}>
      <SpaceBetween size="m">
        <FormField label="New id" description="Lookup keys are not copied: each belongs to one config." errorText={(tried ? idError : undefined) ?? idTaken ?? undefined} stretch>
          <Input
            ref={idInput}
            value={id}
            ariaLabel="New id"
            onChange={(event) => {
              setId(event.detail.value);
              onIdChange?.();
            }} onKeyDown={(event) => event.detail.key === "Enter" && submit()} />
        </FormField>
        <FormField label="Link to template" description={linkTemplate ? linkDescription(source) : "The copy stands alone: a detached copy of the current shape and values."}>
          <ThumbTarget onTap={() => setLinkTemplate(!linkTemplate)}>
            <Toggle checked={linkTemplate} onChange={(event) => setLinkTemplate(event.detail.checked)}>
              Link to template
            </Toggle>
          </ThumbTarget>
        </FormField>
      </SpaceBetween>
    </ConfirmModal>
  );
}
