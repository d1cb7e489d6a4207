import FormField from "@cloudscape-design/components/form-field";
import Input from "@cloudscape-design/components/input";
import Select from "@cloudscape-design/components/select";
import Textarea from "@cloudscape-design/components/textarea";
import Toggle from "@cloudscape-design/components/toggle";
import type { FlowConfig } from "@flow-configs/model";
import type { ReactNode } from "react";
import { FIELD_KEY_ATTRIBUTE } from "../../focus-field";
import { ThumbTarget } from "../../thumb-target";
import { SourceBadge } from "./source-badge";

type ConfigVariable = FlowConfig["variables"][number];

export interface VariableFieldProps {
  variable: ConfigVariable;
  /** The field's key, for a refused save to find it. */
  fieldKey: string;
  value: string;
  error?: string;
  readOnly: boolean;
  onChange: (value: string) => void;
  /** Marks this instance's override of the variable to be dropped on Save. */
  onReset?: () => void;
  resetPending?: boolean;
  onUndoReset?: () => void;
  /** What a scheduled window serves now instead of this value. */
  inEffectNow?: ReactNode;
}

/** Long strings get a text area; a short one stays a one-line input. */
const LONG_TEXT = 80;

/** One variable with the control its type calls for. */
export function VariableField({ variable, fieldKey, value, error, readOnly, onChange, onReset, resetPending, onUndoReset, inEffectNow }: VariableFieldProps) {
  const label = (
    <span>
      {variable.name}{" "}
      <SourceBadge name={variable.name} source={variable.source} onReset={readOnly ? undefined : onReset} resetPending={resetPending} onUndoReset={onUndoReset} />
    </span>
  );
  return (
    <div {...{ [FIELD_KEY_ATTRIBUTE]: fieldKey }}>
      <FormField label={label} description={variable.description} errorText={error} constraintText={inEffectNow} stretch>
        {variableControl(variable, value, readOnly || Boolean(resetPending), onChange)}
      </FormField>
    </div>
  );
}

/** The control a variable's type calls for; also what a scheduled change's value is picked with. */
export function variableControl(variable: ConfigVariable, value: string, readOnly: boolean, onChange: (value: string) => void, ariaLabel = variable.name) {
  switch (variable.type) {
    case "boolean": {
      return (
        <ThumbTarget onTap={readOnly ? undefined : () => onChange(String(value !== "true"))}>
          <Toggle checked={value === "true"} disabled={readOnly} ariaLabel={ariaLabel} onChange={(event) => onChange(String(event.detail.checked))}>
            {value === "true" ? "On" : "Off"}
          </Toggle>
        </ThumbTarget>
      );
    }
    case "enum": {
      const options = (variable.options ?? []).map((option) => ({ value: option, label: option }));
      return (
        <Select
          selectedOption={options.find((option) => option.value === value) ?? { value, label: value || "Choose a value" }}
          options={options}
          disabled={readOnly}
          ariaLabel={ariaLabel}
          onChange={(event) => onChange(event.detail.selectedOption.value ?? "")}
        />
      );
    }
    case "number":
      return <Input type="number" inputMode="decimal" value={value} readOnly={readOnly} ariaLabel={ariaLabel} onChange={(event) => onChange(event.detail.value)} />;
    case "string":
      return value.length > LONG_TEXT ? (
        <Textarea value={value} readOnly={readOnly} ariaLabel={ariaLabel} onChange={(event) => onChange(event.detail.value)} />
      ) : (
        <Input value={value} readOnly={readOnly} ariaLabel={ariaLabel} onChange={(event) => onChange(event.detail.value)} />
      );
    case "list-entry":
      return <Input value={value} placeholder="No value: the entry's presence is what counts" readOnly={readOnly} ariaLabel={ariaLabel} onChange={(event) => onChange(event.detail.value)} />;
  }
}
