import type { FlowConfigBody, InstanceBody, PromptOverride, VariableOverride } from "./schemas";

/** The columns every offices CSV has before the template's own: who the office is, and the version exported. */
export const OFFICE_FIXED_COLUMNS = ["id", "version", "description", "lookupKeys"] as const;

export type OfficeColumn =
  | { kind: "fixed"; name: (typeof OFFICE_FIXED_COLUMNS)[number] }
  | { kind: "variable"; name: string }
  | { kind: "prompt"; name: string; language: string; variant: "voice" | "chat" };

/** The column of one prompt text: `Greeting [en-US]` for the voice text, `Greeting [en-US chat]` for chat. */
const promptColumn = (prompt: string, language: string, variant: "voice" | "chat") =>
  variant === "voice" ? `${prompt} [${language}]` : `${prompt} [${language} chat]`;

/** Every column of a template's offices CSV, by header name, in the order the export writes them. */
export function officeColumns(template: FlowConfigBody): Map<string, OfficeColumn> {
  const columns = new Map<string, OfficeColumn>();
  for (const name of OFFICE_FIXED_COLUMNS) columns.set(name, { kind: "fixed", name });
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

/** Whether a column holds what an office says (not who it is, nor the version it was exported at). */
const isContent = (column: OfficeColumn) => column.kind !== "fixed" || column.name === "description" || column.name === "lookupKeys";

/** Lookup keys as one cell: space-separated, however they were spaced. */
export const lookupKeysCell = (text: string) => text.split(/\s+/).filter(Boolean).join(" ");

/** An office's content as CSV cells, by column (empty: inherited): what the export writes and an import compares. */
export function officeCells(columns: ReadonlyMap<string, OfficeColumn>, office: InstanceBody): Map<string, string> {
  const variables = new Map(office.variables.map((override) => [override.name, override.value]));
  const prompts = new Map(office.prompts.map((override) => [override.name, override.values]));
  const cells = new Map<string, string>();
  for (const [header, column] of columns) {
    if (!isContent(column)) continue;
    if (column.kind === "fixed") cells.set(header, column.name === "description" ? office.description : office.lookupKeys.join(" "));
    else if (column.kind === "variable") cells.set(header, variables.get(column.name) ?? "");
    else cells.set(header, prompts.get(column.name)?.[column.language]?.[column.variant] ?? "");
  }
  return cells;
}

/** One field an import changes: its CSV column, the stored office's cell and the row's (empty: inherited). */
export interface OfficeFieldChange {
  field: string;
  from: string;
  to: string;
}

/** What writing `next` over `current` changes, column by column in the export's order; none for an unchanged office. */
export function officeChanges(current: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>): OfficeFieldChange[] {
  const fields = new Set([...current.keys(), ...next.keys()]);
  return [...fields].flatMap((field) => {
    const from = current.get(field) ?? "";
    const to = next.get(field) ?? "";
    return from === to ? [] : [{ field, from, to }];
  });
}

/**
 * The office to write: `current` (its body, absent for a new office) with the content columns set to `cells`. What the
 * CSV cannot carry stays as stored: notes, time zone, scheduled changes, change requests, overrides of names
 * the template no longer has.
 */
export function officeWithCells(
  columns: ReadonlyMap<string, OfficeColumn>,
  cells: ReadonlyMap<string, string>,
  identity: { id: string; templateId: string },
  current: InstanceBody | undefined,
): InstanceBody {
  const variables = new Map<string, VariableOverride>((current?.variables ?? []).map((override) => [override.name, { ...override }]));
  const prompts = new Map<string, PromptOverride>(
    (current?.prompts ?? []).map((override) => [override.name, override]),
  );
  for (const [header, column] of columns) {
    const value = cells.get(header) ?? "";
    if (column.kind === "variable") {
      const kept = variables.get(column.name);
      if (value === "") variables.delete(column.name);
      else variables.set(column.name, { ...kept, name: column.name, value });
    } else if (column.kind === "prompt") {
      const override = prompts.get(column.name) ?? { name: column.name, values: {} };
      const { [column.variant]: _replaced, ...texts } = override.values[column.language] ?? {};
      const { [column.language]: _language, ...languages } = override.values;
      const next = value === "" ? texts : { ...texts, [column.variant]: value };
      prompts.set(column.name, { name: column.name, values: Object.keys(next).length > 0 ? { ...languages, [column.language]: next } : languages });
    }
  }
  return {
    ...current,
    id: identity.id,
    description: cells.get("description") ?? "",
    templateId: identity.templateId,
    variables: [...variables.values()],
    prompts: [...prompts.values()].filter((override) => Object.keys(override.values).length > 0),
    lookupKeys: (cells.get("lookupKeys") ?? "").split(" ").filter(Boolean),
  };
}
