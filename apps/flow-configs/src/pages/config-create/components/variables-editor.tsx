import AttributeEditor from "@cloudscape-design/components/attribute-editor";
import Input from "@cloudscape-design/components/input";
import Select from "@cloudscape-design/components/select";
import { VARIABLE_TYPES } from "@flow-configs/model";
import type { Issue, VariableType } from "@flow-configs/model";
import { defaultValue, issuesAt, newVariable, splitList } from "../shape-draft";
import type { VariableRow } from "../shape-draft";
import { VariableValueControl } from "./variable-value-control";

/** What each type means, shown where it is chosen: `list-entry` especially is not obvious. */
const TYPE_DESCRIPTIONS: Record<VariableType, string> = {
  string: "Any text",
  boolean: "On or off (\"true\" / \"false\")",
  number: "A number",
  enum: "One of the allowed values",
  "list-entry": "An entry of a list (bad actors, VIP callers): flows check that the name exists; the value may stay empty",
};

const TYPE_OPTIONS = VARIABLE_TYPES.map((type) => ({ value: type, label: type, description: TYPE_DESCRIPTIONS[type] }));

export interface VariablesEditorProps {
  rows: VariableRow[];
  issues: readonly Issue[];
  onChange: (rows: VariableRow[]) => void;
}

/** The variables of a config's shape: name, type, allowed values, description and starting value. */
export function VariablesEditor({ rows, issues, onChange }: VariablesEditorProps) {
  const update = (index: number, patch: Partial<VariableRow>) => onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <AttributeEditor
      items={rows}
      addButtonText="Add variable"
      removeButtonText="Remove"
      empty="No variables yet."
      onAddButtonClick={() => onChange([...rows, newVariable()])}
      onRemoveButtonClick={(event) => onChange(rows.filter((_, index) => index !== event.detail.itemIndex))}
      definition={[
        {
          label: "Name",
          control: (row, index) => <Input ariaLabel={`Name of variable ${index + 1}`} value={row.name} onChange={(event) => update(index, { name: event.detail.value })} />,
          errorText: (_row, index) => issuesAt(issues, `variables[${index}]`).name,
        },
        {
          label: "Type",
          control: (row, index) => (
            <Select
              ariaLabel={`Type of variable ${index + 1}`}
              options={TYPE_OPTIONS}
              selectedOption={TYPE_OPTIONS.find((option) => option.value === row.type) ?? null}
              onChange={(event) => {
                const type = (event.detail.selectedOption.value ?? "string") as VariableType;
                update(index, { type, value: defaultValue(type, row.options) });
              }}
            />
          ),
          errorText: (_row, index) => issuesAt(issues, `variables[${index}]`).type,
          constraintText: (row) => (row.type === "list-entry" ? TYPE_DESCRIPTIONS["list-entry"] : undefined),
        },
        {
          label: "Options (enum)",
          control: (row, index) => (
            <Input
              ariaLabel={`Options of variable ${index + 1}`}
              placeholder="low, medium, high"
              disabled={row.type !== "enum"}
              value={row.options}
              onChange={(event) => update(index, { options: event.detail.value })}
            />
          ),
          errorText: (_row, index) => {
            const found = issuesAt(issues, `variables[${index}]`);
            return found.options ?? Object.entries(found).find(([field]) => field.startsWith("options"))?.[1];
          },
        },
        {
          label: "Value",
          control: (row, index) => (
            <VariableValueControl
              type={row.type}
              options={splitList(row.options)}
              value={row.value}
              ariaLabel={`Value of variable ${index + 1}`}
              onChange={(value) => update(index, { value })}
            />
          ),
          errorText: (_row, index) => issuesAt(issues, `variables[${index}]`).value,
        },
        {
          label: "Description",
          control: (row, index) => (
            <Input ariaLabel={`Description of variable ${index + 1}`} value={row.description} onChange={(event) => update(index, { description: event.detail.value })} />
          ),
        },
      ]}
    />
  );
}
