import { isInstance, parseConfigInput, quickActionIssues } from "@flow-configs/model";
import type { SentEntries } from "../../api/issue-messages";
import type { Approval, ConfigInput, ConfigKind, FlowConfig, Issue, PromptOverride, VariableType } from "@flow-configs/model";

export interface VariableRow {
  name: string;
  type: VariableType;
  /** Allowed values of an enum, comma-separated as typed. */
  options: string;
  description: string;
  value: string;
}

export interface PromptRow {
  name: string;
  description: string;
  texts: Record<string, { voice: string; chat: string }>;
}

/** One variable a quick action sets, and the value it sets it to. */
export interface QuickActionEntryRow {
  name: string;
  value: string;
}

export interface QuickActionRow {
  name: string;
  description: string;
  variables: QuickActionEntryRow[];
  /** Prompt texts the action sets: kept as loaded, since the editor changes only variables. */
  prompts: PromptOverride[];
}

/** The shape editor's form: everything an admin defines about a config, as typed. */
export interface ShapeDraft {
  id: string;
  kind: ConfigKind;
  description: string;
  languages: string[];
  defaultLanguage: string;
  /** Lookup keys (dialed numbers, office ids), comma-separated as typed. */
  lookupKeys: string;
  variables: VariableRow[];
  prompts: PromptRow[];
  /** IANA name as typed; empty: the default, UTC. */
  timeZone: string;
  /** Null while the config never set it (saved as absent, which means "none"). */
  approval: Approval | null;
  quickActions: QuickActionRow[];
}

export const emptyShape = (): ShapeDraft => ({
  id: "",
  kind: "standard",
  description: "",
  languages: ["en-US"],
  defaultLanguage: "en-US",
  lookupKeys: "",
  variables: [],
  prompts: [],
  timeZone: "",
  approval: null,
  quickActions: [],
});

export const newQuickAction = (): QuickActionRow => ({ name: "", description: "", variables: [], prompts: [] });

export const newVariable = (): VariableRow => ({ name: "", type: "string", options: "", description: "", value: "" });

/** The value a variable of a type starts with, so a new row is valid as soon as it has a name. */
export function defaultValue(type: VariableType, options: string): string {
  if (type === "boolean") return "false";
  if (type === "number") return "0";
  if (type === "enum") return splitList(options)[0] ?? "";
  return "";
}

export const splitList = (text: string): string[] =>
  text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");

export function shapeOf(config: FlowConfig): ShapeDraft {
  return {
    id: config.id,
    kind: config.kind,
    description: config.description,
    languages: [...config.languages],
    defaultLanguage: config.defaultLanguage,
    lookupKeys: config.lookupKeys.join(", "),
    variables: config.variables.map((variable) => ({
      name: variable.name,
      type: variable.type,
      options: (variable.options ?? []).join(", "),
      description: variable.description ?? "",
      value: variable.value,
    })),
    prompts: config.prompts.map((prompt) => ({
      name: prompt.name,
      description: prompt.description ?? "",
      texts: Object.fromEntries(
        config.languages.map((language) => [language, { voice: prompt.values[language]?.voice ?? "", chat: prompt.values[language]?.chat ?? "" }]),
      ),
    })),
    timeZone: config.timeZone ?? "",
    approval: config.approval ?? null,
    quickActions: (config.quickActions ?? []).map((action) => ({
      name: action.name,
      description: action.description ?? "",
      variables: action.patch.variables.map(({ name, value }) => ({ name, value })),
      prompts: action.patch.prompts,
    })),
  };
}

/** The JSON the API takes for POST/PUT; empty optional fields are left out. */
export function inputOf(shape: ShapeDraft): unknown {
  return {
    id: shape.id.trim(),
    kind: shape.kind,
    description: shape.description,
    languages: shape.languages,
    defaultLanguage: shape.defaultLanguage,
    lookupKeys: splitList(shape.lookupKeys),
    templateId: null,
    variables: shape.variables.map((row) => ({
      name: row.name.trim(),
      type: row.type,
      value: row.value,
      ...(row.description && { description: row.description }),
      ...(row.type === "enum" && { options: splitList(row.options) }),
    })),
    prompts: shape.prompts.map((row) => ({
      name: row.name.trim(),
      ...(row.description && { description: row.description }),
      values: Object.fromEntries(
        shape.languages.flatMap((language) => {
          const texts = row.texts[language];
          if (!texts || (texts.voice === "" && texts.chat === "")) return [];
          return [[language, { ...(texts.voice && { voice: texts.voice }), ...(texts.chat && { chat: texts.chat }) }]];
        }),
      ),
    })),
    ...(shape.timeZone.trim() !== "" && { timeZone: shape.timeZone.trim() }),
    ...(shape.approval !== null && { approval: shape.approval }),
    ...(shape.quickActions.length > 0 && {
      quickActions: shape.quickActions.map((action) => ({
        name: action.name.trim(),
        ...(action.description && { description: action.description }),
        patch: { variables: action.variables, prompts: action.prompts },
      })),
    }),
  };
}

/**
 * The model's own validation, so the form marks exactly what the API would refuse: the body, then its
 * quick actions against the shape they are saved with.
 */
export function checkShape(shape: ShapeDraft): { input: ConfigInput; issues: [] } | { input: null; issues: Issue[] } {
  const result = parseConfigInput(inputOf(shape));
  if (!result.ok) return { input: null, issues: [...result.error.issues] };
  const issues = isInstance(result.value) ? [] : quickActionIssues(result.value);
  return issues.length === 0 ? { input: result.value, issues: [] } : { input: null, issues };
}

/** The issues whose path starts with `prefix` (e.g. `variables[2]`), by the field after it. */
export function issuesAt(issues: readonly Issue[], prefix: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.path === prefix) found[""] = issue.message;
    else if (issue.path.startsWith(`${prefix}.`)) found[issue.path.slice(prefix.length + 1)] ??= issue.message;
  }
  return found;
}

/** The entries as the request names them, so an issue's path reads as their names ("Fire closure: Closure …"). */
export function sentEntriesOf(shape: ShapeDraft): SentEntries {
  return {
    variables: shape.variables,
    prompts: shape.prompts,
    quickActions: shape.quickActions.map((action) => ({ name: action.name.trim(), patch: { variables: action.variables, prompts: action.prompts } })),
  };
}
