import { checkPromptTexts, checkVariableValue } from "@flow-configs/model";
import type { FlowConfig, PromptText, ValuePatch } from "@flow-configs/model";

export type Variant = "voice" | "chat";

/** The values on screen: every variable by name, every prompt's texts by name → language → variant. */
export interface Draft {
  variables: Record<string, string>;
  prompts: Record<string, Record<string, { voice: string; chat: string }>>;
}

export const variableKey = (name: string) => `variables.${name}`;
export const promptKey = (name: string, language: string, variant: Variant) => `prompts.${name}.${language}.${variant}`;

export function draftOf(config: FlowConfig): Draft {
  return {
    variables: Object.fromEntries(config.variables.map((variable) => [variable.name, variable.value])),
    prompts: Object.fromEntries(
      config.prompts.map((prompt) => [
        prompt.name,
        Object.fromEntries(
          config.languages.map((language) => [
            language,
            { voice: prompt.values[language]?.voice ?? "", chat: prompt.values[language]?.chat ?? "" },
          ]),
        ),
      ]),
    ),
  };
}

const textOf = (config: FlowConfig, prompt: string, language: string, variant: Variant): string =>
  config.prompts.find((candidate) => candidate.name === prompt)?.values[language]?.[variant] ?? "";

/** The config as it would be with the draft saved: what the size meters measure. */
export function applyDraft(config: FlowConfig, draft: Draft): FlowConfig {
  return {
    ...config,
    variables: config.variables.map((variable) => ({ ...variable, value: draft.variables[variable.name] ?? variable.value })),
    prompts: config.prompts.map((prompt) => {
      const values: Record<string, PromptText> = { ...prompt.values };
      for (const [language, texts] of Object.entries(draft.prompts[prompt.name] ?? {})) {
        values[language] = {
          ...(texts.voice !== "" && { voice: texts.voice }),
          ...(texts.chat !== "" && { chat: texts.chat }),
        };
      }
      return { ...prompt, values };
    }),
  };
}

/**
 * Only what the user changed against `base`, by name: PATCH leaves every other entry as it is. Entries in
 * `resetting` are left out: the save drops their override instead.
 */
export function patchOf(base: FlowConfig, draft: Draft, resetting: readonly string[] = []): ValuePatch {
  const variables = base.variables
    .filter((variable) => !resetting.includes(variable.name))
    .filter((variable) => draft.variables[variable.name] !== undefined && draft.variables[variable.name] !== variable.value)
    .map((variable) => ({ name: variable.name, value: draft.variables[variable.name] ?? variable.value }));
  const prompts = base.prompts.filter((prompt) => !resetting.includes(prompt.name)).flatMap((prompt) => {
    const values: Record<string, PromptText> = {};
    for (const [language, texts] of Object.entries(draft.prompts[prompt.name] ?? {})) {
      for (const variant of ["voice", "chat"] as const) {
        if (texts[variant] !== textOf(base, prompt.name, language, variant)) {
          values[language] = { ...values[language], [variant]: texts[variant] };
        }
      }
    }
    return Object.keys(values).length > 0 ? [{ name: prompt.name, values }] : [];
  });
  return { variables, prompts };
}

/** How many values differ from `base`: each variable, and each prompt text per language and variant. */
export function changeCount(base: FlowConfig, draft: Draft): number {
  const patch = patchOf(base, draft);
  const texts = patch.prompts.reduce((sum, prompt) => sum + Object.values(prompt.values).reduce((inner, variants) => inner + Object.keys(variants).length, 0), 0);
  return patch.variables.length + texts;
}

/** Every field's key in page order (variables, then each prompt's texts by language), to find the first in error. */
export function fieldOrder(config: FlowConfig): { key: string; language?: string }[] {
  return [
    ...config.variables.map((variable) => ({ key: variableKey(variable.name) })),
    ...config.prompts.flatMap((prompt) =>
      config.languages.flatMap((language) => (["voice", "chat"] as const).map((variant) => ({ key: promptKey(prompt.name, language, variant), language }))),
    ),
  ];
}

export const isEmptyPatch = (patch: ValuePatch): boolean => patch.variables.length === 0 && patch.prompts.length === 0;

/**
 * The user's edits (draft against the config they started from) replayed on the config now on the server:
 * after a 412, what they changed wins and everything else takes the server's values. Entries the server
 * no longer has are dropped.
 */
export function rebase(startedFrom: FlowConfig, draft: Draft, server: FlowConfig): Draft {
  const rebased = draftOf(server);
  const patch = patchOf(startedFrom, draft);
  for (const change of patch.variables) {
    if (change.name in rebased.variables) rebased.variables[change.name] = change.value;
  }
  for (const change of patch.prompts) {
    const texts = rebased.prompts[change.name];
    if (!texts) continue;
    for (const [language, variants] of Object.entries(change.values)) {
      const current = texts[language];
      if (!current) continue;
      texts[language] = { voice: variants.voice ?? current.voice, chat: variants.chat ?? current.chat };
    }
  }
  return rebased;
}

/**
 * What is wrong with the values on screen, by field key, before anything is sent: a value that does not fit
 * its type or options, an empty required text, malformed SSML. The API checks the same again.
 */
export function draftIssues(config: FlowConfig, draft: Draft): Record<string, string> {
  const issues: Record<string, string> = {};
  for (const variable of config.variables) {
    const value = draft.variables[variable.name] ?? variable.value;
    const problem =
      variable.type === "string" && value.trim() === "" ? "Enter a value" : checkVariableValue(variable, value);
    if (problem) issues[variableKey(variable.name)] = problem;
  }
  for (const prompt of config.prompts) {
    for (const [language, texts] of Object.entries(draft.prompts[prompt.name] ?? {})) {
      const hadVoice = textOf(config, prompt.name, language, "voice") !== "";
      if (hadVoice && texts.voice.trim() === "") issues[promptKey(prompt.name, language, "voice")] = "Enter the voice text";
      for (const issue of checkPromptTexts({ voice: texts.voice }, "text")) {
        issues[promptKey(prompt.name, language, "voice")] = issue.message;
      }
    }
  }
  return issues;
}
