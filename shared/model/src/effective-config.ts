import { DomainError } from "./errors";
import type { ConfigKind, FlowConfig, FlowConfigBody, Prompt, PromptText, StoredConfig, Variable } from "./schemas";

/** A stored config that keeps only overrides of a template. */
export function isInstance<T extends { templateId: string | null }>(config: T): config is Extract<T, { templateId: string }> {
  return typeof config.templateId === "string";
}

/**
 * The config a contact flow and a user see. A standalone config or template is its own; an instance takes
 * its template's shape and values with its overrides on top, each entry marked inherited or overridden.
 * Overrides of names the template no longer has are left out (see `staleOverrides`).
 */
export function effectiveConfig(stored: StoredConfig, template: StoredConfig | null): FlowConfig {
  const metadata = { version: stored.version, updatedAt: stored.updatedAt, updatedBy: stored.updatedBy };
  if (!isInstance(stored)) {
    return {
      id: stored.id,
      kind: kindOf(stored),
      description: stored.description,
      languages: stored.languages,
      defaultLanguage: stored.defaultLanguage,
      variables: stored.variables,
      prompts: stored.prompts,
      lookupKeys: stored.lookupKeys,
      templateId: null,
      ...safeChangeFields(stored, stored.scheduledChanges),
      ...metadata,
    };
  }
  if (!template || template.id !== stored.templateId) {
    throw new DomainError("TemplateMissing", `template ${stored.templateId} of flow config ${stored.id} is missing: restore or recreate the template, or delete the config`);
  }
  if (isInstance(template)) {
    throw new DomainError("Conflict", `template ${template.id} of flow config ${stored.id} is itself an instance of ${template.templateId}`);
  }
  const variableOverrides = new Map(stored.variables.map((override) => [override.name, override]));
  const promptOverrides = new Map(stored.prompts.map((override) => [override.name, override]));
  const variables = template.variables.map((variable): Variable & { source: "inherited" | "overridden" } => {
    const override = variableOverrides.get(variable.name);
    if (!override) return { ...variable, source: "inherited" };
    return { ...variable, value: override.value, ...(override.note !== undefined && { note: override.note }), source: "overridden" };
  });
  const prompts = template.prompts.map((prompt): Prompt & { source: "inherited" | "overridden" } => {
    const override = promptOverrides.get(prompt.name);
    if (!override) return { ...prompt, source: "inherited" };
    return { ...prompt, values: mergePromptValues(prompt.values, override.values), source: "overridden" };
  });
  return {
    id: stored.id,
    kind: kindOf(template),
    description: stored.description,
    languages: template.languages,
    defaultLanguage: template.defaultLanguage,
    variables,
    prompts,
    lookupKeys: stored.lookupKeys,
    templateId: stored.templateId,
    ...safeChangeFields({ ...template, timeZone: stored.timeZone ?? template.timeZone }, stored.scheduledChanges),
    ...(template.scheduledChanges?.length ? { templateScheduledChanges: template.scheduledChanges } : {}),
    ...metadata,
  };
}

/** A config's kind; one stored before kinds existed has none and is a standard config. */
function kindOf(body: FlowConfigBody): ConfigKind {
  return body.kind === "list" ? "list" : "standard";
}

/** The safe-change fields a config has set (absent ones stay absent): an instance has its template's, its own zone first. */
function safeChangeFields(
  shape: Pick<FlowConfigBody, "timeZone" | "approval" | "quickActions">,
  scheduledChanges: FlowConfig["scheduledChanges"],
): Pick<FlowConfig, "timeZone" | "approval" | "quickActions" | "scheduledChanges"> {
  return {
    ...(shape.timeZone !== undefined && { timeZone: shape.timeZone }),
    ...(shape.approval !== undefined && { approval: shape.approval }),
    ...(shape.quickActions?.length && { quickActions: shape.quickActions }),
    ...(scheduledChanges?.length && { scheduledChanges }),
  };
}

/** Texts per language with `overrides` on top; a variant the override does not name keeps its base text. */
export function mergePromptValues(
  base: Record<string, PromptText>,
  overrides: Record<string, PromptText>,
): Record<string, PromptText> {
  const merged: Record<string, PromptText> = { ...base };
  for (const [language, texts] of Object.entries(overrides)) {
    merged[language] = { ...merged[language], ...definedTexts(texts) };
  }
  return merged;
}

function definedTexts(texts: PromptText): PromptText {
  return {
    ...(texts.voice !== undefined && { voice: texts.voice }),
    ...(texts.chat !== undefined && { chat: texts.chat }),
  };
}

/** Names an instance overrides that its template no longer defines. */
export function staleOverrides(stored: StoredConfig, template: StoredConfig): string[] {
  if (!isInstance(stored) || isInstance(template)) return [];
  const variableNames = new Set(template.variables.map((variable) => variable.name));
  const promptNames = new Set(template.prompts.map((prompt) => prompt.name));
  return [
    ...stored.variables.filter((override) => !variableNames.has(override.name)).map((override) => override.name),
    ...stored.prompts.filter((override) => !promptNames.has(override.name)).map((override) => override.name),
  ];
}
