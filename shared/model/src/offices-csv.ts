import { formatCsv, parseCsv, type CsvRecord } from "./csv";
import { DomainError } from "./errors";
import { isInstance } from "./effective-config";
import { CONFIG_ID_PATTERN, LOOKUP_KEY_PATTERN } from "./names";
import { lookupKeysCell, officeCells, officeChanges, officeColumns, officeWithCells, type OfficeFieldChange } from "./office-cells";
import type { FlowConfigBody, InstanceBody, StoredConfig } from "./schemas";
import { checkPromptTexts } from "./validate";
import { bodyOf } from "./value-patch";
import { checkVariableValue } from "./variable-value";

/**
 * Every instance of a template as CSV: id, the version exported (an import checks it), description, lookup
 * keys (space-separated), then one column per variable and per prompt language (voice, chat) holding the
 * instance's override — empty when inherited.
 */
export function officesToCsv(template: FlowConfigBody, instances: readonly StoredConfig[]): string {
  const columns = officeColumns(template);
  const headers = [...columns.keys()];
  const rows = instances.map((instance) => {
    const cells = officeCells(columns, bodyOf(instance) as InstanceBody);
    return headers.map((header) => (header === "id" ? instance.id : header === "version" ? String(instance.version) : (cells.get(header) ?? "")));
  });
  return formatCsv([headers, ...rows]);
}

/** An offices CSV as its header and the records after it (no header: an empty file). Bad quoting is a 400 naming the line. */
export function readOfficesCsv(text: string): { header: CsvRecord | undefined; records: CsvRecord[] } {
  const [header, ...records] = parseCsv(text);
  return { header, records };
}

export type OfficeRowAction = "create" | "update" | "unchanged" | "error";

/** Who changed the office last, as it is stored now. */
export interface OfficeVersion {
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface OfficeRow {
  line: number;
  id: string;
  action: OfficeRowAction;
  reasons: string[];
  /** What importing the row changes, field by field (for a new office: what it sets). */
  changes: OfficeFieldChange[];
  /**
   * The row carries a version (from an export) and the office changed since — or was deleted. Writing it
   * would undo that change: apply refuses it unless the request confirms it.
   */
  stale: boolean;
  /** The version the CSV row was exported at, when it has one. */
  exportedVersion?: number;
  /** The office as stored now, when there is one. */
  current?: OfficeVersion;
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

const VERSION_CELL = /^[1-9]\d*$/;

/** Why a stale row would undo a change, naming who made it and when. */
function staleReason(exportedVersion: number, current: OfficeVersion | undefined): string {
  if (!current) return `deleted since the export (the CSV has version ${exportedVersion}): importing it creates it again`;
  return `changed since the export by ${current.updatedBy} at ${current.updatedAt}: the CSV has version ${exportedVersion}, the office is at version ${current.version}`;
}

/**
 * The dry run of a CSV import of offices: one row per record with its line number, what importing it does
 * and what it changes field by field. A bad row (unknown column with a value, duplicate id, lookup key owned
 * elsewhere, wrong type, a version that is not a number) is reported with its reasons and harms no other row.
 *
 * Columns the header lacks keep what the office holds; an empty cell in a present column is inherited.
 * A row with a version (the export writes each office's) whose office has changed since is `stale`; a row
 * without one (no version column, or an empty cell) is written over the office as it is now.
 */
export function planOfficesCsv(text: string, context: OfficesCsvContext): { rows: OfficeRow[]; problems: string[] } {
  const { template } = context;
  if (isInstance(template)) return { rows: [], problems: [`${template.id} is an instance, not a template`] };
  const templateBody = bodyOf(template) as FlowConfigBody;
  const known = officeColumns(templateBody);
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
    const versionCell = cellOf("version");
    if (versionCell !== "" && !VERSION_CELL.test(versionCell)) reasons.push(`version "${versionCell}" must be the version number the export wrote (or empty)`);
    const exportedVersion = VERSION_CELL.test(versionCell) ? Number(versionCell) : undefined;

    const stored = context.existing.get(id);
    const current = stored && stored.templateId === template.id ? (bodyOf(stored) as InstanceBody) : undefined;
    if (stored && !current) reasons.push(`${id} exists and is not an instance of ${template.id}`);
    const before = current ? officeCells(known, current) : new Map<string, string>();
    const after = new Map(before);
    header.cells.forEach((name, index) => {
      const value = record.cells[index] ?? "";
      const column = known.get(name);
      if (!column) {
        if (value !== "") reasons.push(`column "${name}" is not a variable or prompt of template ${template.id}`);
        return;
      }
      if (column.kind === "fixed") {
        if (column.name === "description") after.set(name, value.trim());
        if (column.name === "lookupKeys") after.set(name, lookupKeysCell(value));
        return;
      }
      after.set(name, value);
      if (value === "") return;
      if (column.kind === "variable") {
        const variable = templateBody.variables.find((candidate) => candidate.name === column.name);
        const problem = variable && checkVariableValue(variable, value);
        if (problem) reasons.push(`${column.name} ${problem}`);
      } else {
        reasons.push(...checkPromptTexts({ [column.variant]: value }, name).map((issue) => `${issue.path}: ${issue.message}`));
      }
    });

    for (const key of (after.get("lookupKeys") ?? "").split(" ").filter(Boolean)) {
      if (!LOOKUP_KEY_PATTERN.test(key)) reasons.push(`lookup key "${key}" must be 1–128 characters of A–Z a–z 0–9 _ + . -`);
      const owner = context.lookupOwners.get(key);
      if (owner && owner !== id) reasons.push(`lookup key ${key} belongs to ${owner}`);
      const claimedBy = claimedKeys.get(key);
      if (claimedBy && claimedBy !== id) reasons.push(`lookup key ${key} is also given to ${claimedBy}`);
      else claimedKeys.set(key, id);
    }

    const changes = stored && !current ? [] : officeChanges(before, after);
    const version = stored && { version: stored.version, updatedAt: stored.updatedAt, updatedBy: stored.updatedBy };
    const row = { line: record.line, id, reasons, changes, stale: false, ...(exportedVersion !== undefined && { exportedVersion }), ...(version && { current: version }) };
    if (reasons.length) return { ...row, action: "error" };
    const action: OfficeRowAction = !current ? "create" : changes.length === 0 ? "unchanged" : "update";
    if (action === "unchanged") return { ...row, action };
    const stale = exportedVersion !== undefined && exportedVersion !== version?.version;
    return {
      ...row,
      action,
      stale,
      reasons: stale ? [staleReason(exportedVersion, version)] : [],
      input: officeWithCells(known, after, { id, templateId: template.id }, current),
    };
  });
  return { rows, problems: [] };
}

/**
 * What apply may write: a stale row whose id the request does not confirm is refused (an error saying why),
 * so an import never silently undoes a change made after the export.
 */
export function refuseUnconfirmedStale(rows: readonly OfficeRow[], confirmed: ReadonlySet<string>): OfficeRow[] {
  return rows.map((row) => {
    if (!row.stale || confirmed.has(row.id)) return row;
    const { input: _input, ...refused } = row;
    return { ...refused, action: "error", reasons: [...row.reasons, "not written: check it, then confirm overwriting it"] };
  });
}

/** The result of an import as CSV, to download: line, id, action (or error) and reasons. */
export function officeRowsToCsv(rows: readonly Pick<OfficeRow, "line" | "id" | "action" | "reasons">[]): string {
  return formatCsv([["line", "id", "result", "reasons"], ...rows.map((row) => [String(row.line), row.id, row.action, row.reasons.join("; ")])]);
}
