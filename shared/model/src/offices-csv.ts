import { formatCsv, parseCsv, type CsvRecord } from "./csv";
import { deepEqual } from "./deep-equal";
import { DomainError } from "./errors";
import { isInstance } from "./effective-config";
import { CONFIG_ID_PATTERN, LOOKUP_KEY_PATTERN } from "./names";
import type { FlowConfigBody, InstanceBody, PromptOverride, StoredConfig, VariableOverride } from "./schemas";
import { checkPromptTexts } from "./validate";
import { bodyOf } from "./value-patch";
import { checkVariableValue } from "./variable-value";

const FIXED_COLUMNS = ["id", "description", "lookupKeys"] as const;

/** The column of one prompt text: `Greeting [en-US]` for the voice text, `Greeting [en-US chat]` for chat. */
const promptColumn = (prompt: string, language: string, variant: "voice" | "chat") =>
  variant === "voice" ? `${prompt} [${language}]` : `${prompt} [${language} chat]`;

type Column =
  | { kind: "fixed"; name: (typeof FIXED_COLUMNS)[number] }
  | { kind: "variable"; name: string }
  | { kind: "prompt"; name: string; language: string; variant: "voice" | "chat" };

function templateColumns(template: FlowConfigBody): Map<string, Column> {
  const columns = new Map<string, Column>();
  for (const name of FIXED_COLUMNS) columns.set(name, { kind: "fixed", name });
  for (const variable of template.variables) columns.set(variable.name, { kind: "variable", name: variable.name });
  for (const prompt of template.prompts) {
    for (const language of template.languages) {
      for (const variant of ["voice", "chat"] as const) {
        columns.set(promptColumn(prompt.name, language, variant), { kind: "prompt", name: prompt.name, language, variant });
      }
    }
  }
  return columns;
}

/**
 * Every instance of a template as CSV: id, description, lookup keys (space-separated), then one column per
 * variable and per prompt language (voice, chat) holding the instance's override — empty when inherited.
 */
export function officesToCsv(template: FlowConfigBody, instances: readonly InstanceBody[]): string {
  const columns = templateColumns(template);
  const headers = [...columns.keys()];
  const rows = instances.map((instance) => {
    const variables = new Map(instance.variables.map((override) => [override.name, override.value]));
    const prompts = new Map(instance.prompts.map((override) => [override.name, override.values]));
    return headers.map((header) => {
      const column = columns.get(header);
      if (!column) return "";
      if (column.kind === "fixed") {
        return column.name === "lookupKeys" ? instance.lookupKeys.join(" ") : column.name === "id" ? instance.id : instance.description;
      }
      if (column.kind === "variable") return variables.get(column.name) ?? "";
      return prompts.get(column.name)?.[column.language]?.[column.variant] ?? "";
    });
  });
  return formatCsv([headers, ...rows]);
}

/** An offices CSV as its header and the records after it (no header: an empty file). Bad quoting is a 400 naming the line. */
export function readOfficesCsv(text: string): { header: CsvRecord | undefined; records: CsvRecord[] } {
  const [header, ...records] = parseCsv(text);
  return { header, records };
}

export type OfficeRowAction = "create" | "update" | "unchanged" | "error";

export interface OfficeRow {
  line: number;
  id: string;
  action: OfficeRowAction;
  reasons: string[];
  /** What to write, for create and update rows. */
  input?: InstanceBody;
}

export interface OfficesCsvContext {
  template: StoredConfig;
  /** Configs that exist now, by id (at least those the CSV names). */
  existing: ReadonlyMap<string, StoredConfig>;
  /** The config that owns each lookup key now. */
  lookupOwners: ReadonlyMap<string, string>;
}

/**
 * The dry run of a CSV import of offices: one row per record with its line number and what importing it
 * does. A bad row (unknown column with a value, duplicate id, lookup key owned elsewhere, wrong type) is
 * reported with its reasons and harms no other row.
 */
export function planOfficesCsv(text: string, context: OfficesCsvContext): { rows: OfficeRow[]; problems: string[] } {
  const { template } = context;
  if (isInstance(template)) return { rows: [], problems: [`${template.id} is an instance, not a template`] };
  const templateBody = bodyOf(template) as FlowConfigBody;
  const known = templateColumns(templateBody);
  let read: ReturnType<typeof readOfficesCsv>;
  try {
    read = readOfficesCsv(text);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { rows: [], problems: error.issues.map((issue) => issue.message) };
  }
  const { header, records } = read;
  if (!header) return { rows: [], problems: ["the CSV is empty"] };
  if (!header.cells.includes("id")) return { rows: [], problems: ["line 1: the header has no id column"] };
  const seenIds = new Map<string, number>();
  const claimedKeys = new Map<string, string>();

  const rows = records.map((record): OfficeRow => {
    const reasons: string[] = [];
    const cellOf = (name: string) => record.cells[header.cells.indexOf(name)]?.trim() ?? "";
    const id = cellOf("id");
    if (!CONFIG_ID_PATTERN.test(id)) reasons.push(`id "${id}" must be 1–64 characters of A–Z a–z 0–9 _ -`);
    const earlier = seenIds.get(id);
    if (earlier !== undefined) reasons.push(`id ${id} is also on line ${earlier}`);
    else seenIds.set(id, record.line);
    if (record.cells.length > header.cells.length) reasons.push(`has ${record.cells.length} cells, the header ${header.cells.length}`);

    const variables: VariableOverride[] = [];
    const prompts = new Map<string, PromptOverride>();
    header.cells.forEach((name, index) => {
      const value = record.cells[index] ?? "";
      if (value === "") return;
      const column = known.get(name);
      if (!column) {
        reasons.push(`column "${name}" is not a variable or prompt of template ${template.id}`);
        return;
      }
      if (column.kind === "variable") {
        const variable = templateBody.variables.find((candidate) => candidate.name === column.name);
        const problem = variable && checkVariableValue(variable, value);
        if (problem) reasons.push(`${column.name} ${problem}`);
        variables.push({ name: column.name, value });
      } else if (column.kind === "prompt") {
        const override = prompts.get(column.name) ?? { name: column.name, values: {} };
        override.values[column.language] = { ...override.values[column.language], [column.variant]: value };
        prompts.set(column.name, override);
        reasons.push(...checkPromptTexts({ [column.variant]: value }, name).map((issue) => `${issue.path}: ${issue.message}`));
      }
    });

    const lookupKeys = cellOf("lookupKeys").split(/\s+/).filter(Boolean);
    for (const key of lookupKeys) {
      if (!LOOKUP_KEY_PATTERN.test(key)) reasons.push(`lookup key "${key}" must be 1–128 characters of A–Z a–z 0–9 _ + . -`);
      const owner = context.lookupOwners.get(key);
      if (owner && owner !== id) reasons.push(`lookup key ${key} belongs to ${owner}`);
      const claimedBy = claimedKeys.get(key);
      if (claimedBy && claimedBy !== id) reasons.push(`lookup key ${key} is also given to ${claimedBy}`);
      else claimedKeys.set(key, id);
    }

    const input: InstanceBody = {
      id,
      description: cellOf("description"),
      templateId: template.id,
      variables,
      prompts: [...prompts.values()],
      lookupKeys,
    };
    const current = context.existing.get(id);
    if (current && current.templateId !== template.id) reasons.push(`${id} exists and is not an instance of ${template.id}`);
    if (reasons.length) return { line: record.line, id, action: "error", reasons };
    if (!current) return { line: record.line, id, action: "create", reasons, input };
    if (deepEqual(overridesInNameOrder(bodyOf(current) as InstanceBody), overridesInNameOrder(input))) return { line: record.line, id, action: "unchanged", reasons };
    return { line: record.line, id, action: "update", reasons, input };
  });
  return { rows, problems: [] };
}

/** The order of overrides carries no meaning: a CSV lists them in column order, the store as they were made. */
function overridesInNameOrder(instance: InstanceBody): InstanceBody {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return { ...instance, variables: [...instance.variables].sort(byName), prompts: [...instance.prompts].sort(byName) };
}

/** The result of an import as CSV, to download: line, id, action (or error) and reasons. */
export function officeRowsToCsv(rows: readonly OfficeRow[]): string {
  return formatCsv([["line", "id", "result", "reasons"], ...rows.map((row) => [String(row.line), row.id, row.action, row.reasons.join("; ")])]);
}
