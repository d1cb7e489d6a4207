import Container from "@cloudscape-design/components/container";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { FlowConfig, VariableInEffect } from "@flow-configs/model";
import { variableKey } from "../draft";
import type { Draft } from "../draft";
import { InEffectNow } from "./in-effect-now";
import { VariableField } from "./variable-field";

export interface VariablesPanelProps {
  config: FlowConfig;
  draft: Draft;
  issues: Record<string, string>;
  readOnly: boolean;
  onChange: (name: string, value: string) => void;
  onReset?: (name: string) => void;
  /** Entries whose reset to the template waits for Save. */
  resets?: readonly string[];
  onUndoReset?: (name: string) => void;
  /** What scheduled windows serve now instead of the saved values, read on the config's clocks. */
  inEffect?: { variables: ReadonlyMap<string, VariableInEffect>; timeZone: string };
}

/** Variables, with list entries (a list config such as bad-actors) shown apart as the list's entries. */
export function VariablesPanel({ config, draft, issues, readOnly, onChange, onReset, resets = [], onUndoReset, inEffect }: VariablesPanelProps) {
  const variables = config.variables.filter((variable) => variable.type !== "list-entry");
  const entries = config.variables.filter((variable) => variable.type === "list-entry");
  const inEffectNow = (name: string) => {
    const now = inEffect?.variables.get(name);
    return now && inEffect ? <InEffectNow inEffect={now} timeZone={inEffect.timeZone} /> : undefined;
  };
  const field = (variable: FlowConfig["variables"][number]) => (
    <VariableField
      key={variable.name}
      variable={variable}
      fieldKey={variableKey(variable.name)}
      value={draft.variables[variable.name] ?? variable.value}
      error={issues[variableKey(variable.name)]}
      readOnly={readOnly}
      onChange={(value) => onChange(variable.name, value)}
      onReset={onReset && (() => onReset(variable.name))}
      resetPending={resets.includes(variable.name)}
      onUndoReset={onUndoReset && (() => onUndoReset(variable.name))}
      inEffectNow={inEffectNow(variable.name)}
    />
  );
  return (
    <SpaceBetween size="l">
      {(variables.length > 0 || entries.length === 0) && (
        <Container header={<Header variant="h2" counter={`(${variables.length})`}>Variables</Header>}>
          <SpaceBetween size="l">{variables.length > 0 ? variables.map(field) : "This config has no variables."}</SpaceBetween>
        </Container>
      )}
      {entries.length > 0 && (
        <Container header={<Header variant="h2" counter={`(${entries.length})`} description="Each entry's name is what contact flows check for">List entries</Header>}>
          <SpaceBetween size="l">{entries.map(field)}</SpaceBetween>
        </Container>
      )}
    </SpaceBetween>
  );
}
