import AttributeEditor from "@cloudscape-design/components/attribute-editor";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import Input from "@cloudscape-design/components/input";
import Select from "@cloudscape-design/components/select";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import type { Issue } from "@flow-configs/model";
import { issueMessage } from "../../../api/issue-messages";
import type { SentEntries } from "../../../api/issue-messages";
import { FIELD_KEY_ATTRIBUTE } from "../../focus-field";
import { defaultValue, newQuickAction, splitList } from "../shape-draft";
import type { QuickActionEntryRow, QuickActionRow, VariableRow } from "../shape-draft";
import { VariableValueControl } from "./variable-value-control";

export interface QuickActionsEditorProps {
  actions: QuickActionRow[];
  /** The shape's variables as the form has them now: what an action may set, and to which values. */
  variables: VariableRow[];
  issues: readonly Issue[];
  /** Names the issues' paths point at. */
  sent: SentEntries;
  onChange: (actions: QuickActionRow[]) => void;
}

/** The first issue at `path` or under it, in the user's words. */
function messageAt(issues: readonly Issue[], path: string, sent: SentEntries): string | undefined {
  const issue = issues.find((candidate) => candidate.path === path || candidate.path.startsWith(`${path}.`));
  return issue && issueMessage(issue, sent);
}

/**
 * Named value patches business users run in one tap ("Fire closure"): each a name, a description and the
 * variables it sets, with values the variable's type allows.
 */
export function QuickActionsEditor({ actions, variables, issues, sent, onChange }: QuickActionsEditorProps) {
  const update = (index: number, patch: Partial<QuickActionRow>) => onChange(actions.map((action, at) => (at === index ? { ...action, ...patch } : action)));
  return (
    <SpaceBetween size="m">
      {actions.length === 0 && <Box color="text-body-secondary">No quick actions yet.</Box>}
      {actions.map((action, index) => {
        const path = `quickActions[${index}]`;
        const label = action.name.trim() || `Quick action ${index + 1}`;
        const patchError = issues.some((issue) => issue.path === `${path}.patch`) ? messageAt(issues, `${path}.patch`, sent) : undefined;
        return (
          <div key={index} {...{ [FIELD_KEY_ATTRIBUTE]: path }}>
            <Container
              header={
                <Header
                  variant="h3"
                  actions={
                    <Button formAction="none" ariaLabel={`Remove ${label}`} onClick={() => onChange(actions.filter((_, at) => at !== index))}>
                      Remove
                    </Button>
                  }
                >
                  {label}
                </Header>
              }
            >
              <SpaceBetween size="m">
                <FormField label="Name" description="What the button says, e.g. Fire closure" errorText={messageAt(issues, `${path}.name`, sent)} stretch>
                  <Input ariaLabel={`Name of quick action ${index + 1}`} value={action.name} onChange={(event) => update(index, { name: event.detail.value })} />
                </FormField>
                <FormField label="Description" description="Optional: when to use it" errorText={messageAt(issues, `${path}.description`, sent)} stretch>
                  <Input
                    ariaLabel={`Description of quick action ${index + 1}`}
                    value={action.description}
                    onChange={(event) => update(index, { description: event.detail.value })}
                  />
                </FormField>
                {/* Not a FormField: its label would become part of every control's name inside. */}
                <SpaceBetween size="xxs">
                  <Box variant="awsui-key-label">What it sets</Box>
                  <EntriesEditor
                    action={action}
                    actionLabel={label}
                    variables={variables}
                    errorText={(entry) => messageAt(issues, `${path}.patch.variables[${entry}]`, sent)}
                    onChange={(entries) => update(index, { variables: entries })}
                  />
                  {patchError && <StatusIndicator type="error">{patchError}</StatusIndicator>}
                </SpaceBetween>
                {action.prompts.length > 0 && (
                  <Box color="text-body-secondary">Also sets the texts of {action.prompts.map((prompt) => prompt.name).join(", ")}, kept as they are.</Box>
                )}
              </SpaceBetween>
            </Container>
          </div>
        );
      })}
      <Button formAction="none" iconName="add-plus" onClick={() => onChange([...actions, newQuickAction()])}>
        Add quick action
      </Button>
    </SpaceBetween>
  );
}

interface EntriesEditorProps {
  action: QuickActionRow;
  actionLabel: string;
  variables: VariableRow[];
  errorText: (entry: number) => string | undefined;
  onChange: (entries: QuickActionEntryRow[]) => void;
}

/** The variables one action sets: each named once, its value chosen as its type allows. */
function EntriesEditor({ action, actionLabel, variables, errorText, onChange }: EntriesEditorProps) {
  const entries = action.variables;
  const update = (index: number, entry: QuickActionEntryRow) => onChange(entries.map((candidate, at) => (at === index ? entry : candidate)));
  const named = variables.filter((variable) => variable.name.trim() !== "");
  return (
    <AttributeEditor
      items={entries}
      addButtonText="Add variable it sets"
      removeButtonText="Remove"
      removeButtonAriaLabel={(entry) => `Remove ${entry.name || "this variable"} from ${actionLabel}`}
      empty="It sets nothing yet."
      disableAddButton={entries.length >= named.length}
      onAddButtonClick={() => {
        const unused = named.find((variable) => !entries.some((entry) => entry.name === variable.name));
        if (unused) onChange([...entries, { name: unused.name, value: defaultValue(unused.type, unused.options) }]);
      }}
      onRemoveButtonClick={(event) => onChange(entries.filter((_, index) => index !== event.detail.itemIndex))}
      definition={[
        {
          label: "Variable",
          control: (entry, index) => {
            // Each variable once per action: the others this action sets are not offered again.
            const options = named
              .filter((variable) => variable.name === entry.name || !entries.some((other) => other.name === variable.name))
              .map((variable) => ({ value: variable.name, label: variable.name, description: variable.type }));
            const known = options.find((option) => option.value === entry.name);
            return (
              <Select
                ariaLabel={`Variable ${index + 1} of ${actionLabel}`}
                options={options}
                selectedOption={known ?? (entry.name ? { value: entry.name, label: entry.name } : null)}
                placeholder="Choose a variable"
                onChange={(event) => {
                  const variable = named.find((candidate) => candidate.name === event.detail.selectedOption.value);
                  if (variable) update(index, { name: variable.name, value: defaultValue(variable.type, variable.options) });
                }}
              />
            );
          },
        },
        {
          label: "Value",
          control: (entry, index) => {
            const variable = named.find((candidate) => candidate.name === entry.name);
            return (
              <VariableValueControl
                type={variable?.type ?? "string"}
                options={variable ? splitList(variable.options) : []}
                value={entry.value}
                ariaLabel={`Value ${index + 1} of ${actionLabel}`}
                onChange={(value) => update(index, { ...entry, value })}
              />
            );
          },
          errorText: (_entry, index) => errorText(index),
        },
      ]}
    />
  );
}
