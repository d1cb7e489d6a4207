import type { FlowConfig } from "@flow-configs/model";

/** One line of a side-by-side comparison: a config field, a variable's value, or one prompt text. */
export interface CompareRow {
  key: string;
  /** `Closure`, `Welcome · en-US voice`, `languages`. */
  label: string;
  before: string | undefined;
  after: string | undefined;
  changed: boolean;
  /** Prompt texts are diffed word by word; other values are short and shown whole. */
  isText: boolean;
}

const list = (values: readonly string[]): string => values.join(", ");

function configFields(config: FlowConfig): Map<string, string> {
  return new Map([
    ["description", config.description],
    ["languages", list(config.languages)],
    ["defaultLanguage", config.defaultLanguage],
    ["lookupKeys", list(config.lookupKeys)],
    ["templateId", config.templateId ?? ""],
  ]);
}

function variableValues(config: FlowConfig): Map<string, string> {
  return new Map(config.variables.map((variable) => [variable.name, variable.note ? `${variable.value} (note: ${variable.note})` : variable.value]));
}

function promptTexts(config: FlowConfig): Map<string, string> {
  const texts = new Map<string, string>();
  for (const prompt of config.prompts) {
    for (const [language, variants] of Object.entries(prompt.values)) {
      if (variants.voice !== undefined) texts.set(`${prompt.name} · ${language} voice`, variants.voice);
      if (variants.chat !== undefined) texts.set(`${prompt.name} · ${language} chat`, variants.chat);
    }
  }
  return texts;
}

function rowsOf(kind: string, before: Map<string, string>, after: Map<string, string>, isText: boolean): CompareRow[] {
  const labels = [...new Set([...before.keys(), ...after.keys()])];
  return labels.map((label) => {
    const old = before.get(label);
    const now = after.get(label);
    return { key: `${kind}:${label}`, label, before: old, after: now, changed: old !== now, isText };
  });
}

/**
 * Two versions of a config flattened into rows, side by side: the config's own fields, every variable's
 * value, every prompt text by language and channel. A row missing on one side did not exist in it.
 */
export function compareRows(before: FlowConfig, after: FlowConfig): CompareRow[] {
  return [
    ...rowsOf("config", configFields(before), configFields(after), false),
    ...rowsOf("variable", variableValues(before), variableValues(after), false),
    ...rowsOf("prompt", promptTexts(before), promptTexts(after), true),
  ];
}
