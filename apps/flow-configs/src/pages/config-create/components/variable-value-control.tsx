import Input from "@cloudscape-design/components/input";
import Select from "@cloudscape-design/components/select";
import type { VariableType } from "@flow-configs/model";

export interface VariableValueControlProps {
  type: VariableType;
  /** The allowed values of an enum. */
  options: readonly string[];
  value: string;
  ariaLabel: string;
  onChange: (value: string) => void;
}

/** A value as its variable's type allows: on/off and enums from a list, numbers and text typed. */
export function VariableValueControl({ type, options, value, ariaLabel, onChange }: VariableValueControlProps) {
  if (type === "boolean" || type === "enum") {
    const choices = (type === "boolean" ? ["false", "true"] : options).map((choice) => ({ value: choice, label: choice }));
    return (
      <Select
        ariaLabel={ariaLabel}
        options={choices}
        selectedOption={choices.find((choice) => choice.value === value) ?? null}
        placeholder="Choose a value"
        onChange={(event) => onChange(event.detail.selectedOption.value ?? "")}
      />
    );
  }
  return <Input ariaLabel={ariaLabel} type={type === "number" ? "number" : "text"} value={value} onChange={(event) => onChange(event.detail.value)} />;
}
