import {
  CONFIG_ID_PATTERN,
  DomainError,
  LIMITS,
  diff,
  effectiveConfig,
  exportDocument,
  isInstance,
  parseExportDocument,
  planImport,
  storedItemSize,
  type ConfigInput,
  type ExportDocument,
  type FlowConfig,
  type ImportRow,
  type StoredConfig,
} from "@flow-configs/model";
import type { Principal } from "#ports/authorizer";
import { mapWithConcurrency, WRITES_IN_FLIGHT } from "./bounded-concurrency";
import { changeRecord } from "./change-record";
import { requireCollectionAction } from "./collection-access";
import type { ImportMode } from "./import-mode";
import { oversizedResponses } from "./response-limit";
import { unwrap } from "./result";
import type { UseCaseDeps } from "./use-case-deps";

const PAGE = 100;

/** Every live config, page by page through the list index (ids first, then batched reads of the bodies). */
async function everyConfig(deps: UseCaseDeps): Promise<StoredConfig[]> {
  const configs: StoredConfig[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.list({ limit: PAGE, scope: null, ...(cursor ? { cursor } : {}) });
    const bodies = await deps.store.getMany(page.items.map((item) => item.id));
    configs.push(...page.items.flatMap((item) => bodies.get(item.id) ?? []));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return configs;
}

/** GET /flow-configs/export?ids=a,b (admin): the export document of those configs, or of every config. */
export async function exportConfigs(deps: UseCaseDeps, principal: Principal, wanted: readonly string[]): Promise<ExportDocument> {
  await requireCollectionAction(deps, principal, "ExportConfigs", "export flow configs");
  if (wanted.length === 0) return exportDocument(await everyConfig(deps), deps.now().toISOString());
  const found = await deps.store.getMany(wanted);
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length > 0) throw new DomainError("NotFound", `no flow config ${missing.join(", ")}`);
  return exportDocument([...found.values()], deps.now().toISOString());
}

/** An import row as the API reports it: what importing the config does (or did), without the body. */
export type ImportReportRow = Omit<ImportRow, "input">;

const idOf = (json: unknown, field: "id" | "templateId"): string[] => {
  const value = typeof json === "object" && json !== null ? (json as Record<string, unknown>)[field] : undefined;
  return typeof value === "string" && CONFIG_ID_PATTERN.test(value) ? [value] : [];
};

/** Lookup keys a row would take from another config, or give to two configs of the document. */
function lookupKeyIssues(rows: ImportRow[], owners: ReadonlyMap<string, string>): Map<number, ImportRow["issues"]> {
  const issues = new Map<number, ImportRow["issues"]>();
  const claimedBy = new Map<string, string>();
  for (const row of rows) {
    if (!row.input) continue;
    row.input.lookupKeys.forEach((key, keyIndex) => {
      const path = `configs[${row.index}].lookupKeys[${keyIndex}]`;
      const owner = owners.get(key);
      const claimer = claimedBy.get(key);
      const problem =
        owner && owner !== row.id
          ? `is already used by flow config ${owner}`
          : claimer && claimer !== row.id
            ? `is also given to ${claimer} in this document`
            : null;
      if (problem) issues.set(row.index, [...(issues.get(row.index) ?? []), { path, message: problem }]);
      claimedBy.set(key, row.id);
    });
  }
  return issues;
}

function sizeIssue(row: ImportRow, now: string): ImportRow["issues"] {
  if (!row.input) return [];
  const bytes = storedItemSize({ ...row.input, version: 1, updatedAt: now, updatedBy: "import" });
  return bytes > LIMITS.itemBytes ? [{ path: `configs[${row.index}]`, message: `takes ${bytes} bytes, over DynamoDB's item limit of ${LIMITS.itemBytes}` }] : [];
}

/**
 * Rows whose write would make getConfig answer over Connect's limit: the config on its template (from the
 * document when it carries one), and a template's stored instances the document does not rewrite.
 */
async function responseIssues(deps: UseCaseDeps, rows: ImportRow[], current: ReadonlyMap<string, StoredConfig>, now: string) {
  const written = new Map(rows.flatMap((row) => (row.input ? [[row.id, { ...row.input, version: 1, updatedAt: now, updatedBy: "import" } as StoredConfig] as const] : [])));
  const rewritten = new Set(written.keys());
  const issues = new Map<number, ImportRow["issues"]>();
  await mapWithConcurrency(rows, WRITES_IN_FLIGHT, async (row) => {
    const next = written.get(row.id);
    if (!row.input || !next) return;
    const template = next.templateId === null ? null : (written.get(next.templateId) ?? current.get(next.templateId) ?? null);
    const error = await oversizedResponses(deps.store, next, template, rewritten);
    if (error) issues.set(row.index, [{ path: `configs[${row.index}]`, message: error.message }]);
  });
  return issues;
}

/** The dry run with what only the environment can tell: lookup keys owned elsewhere, sizes over the limits. */
async function planAgainstEnvironment(deps: UseCaseDeps, configs: unknown[], current: Map<string, StoredConfig>): Promise<ImportRow[]> {
  const rows = planImport(configs, current);
  const keys = rows.flatMap((row) => row.input?.lookupKeys ?? []);
  const keyIssues = lookupKeyIssues(rows, await deps.store.findIdsByLookupKeys(keys));
  const now = deps.now().toISOString();
  const tooLarge = await responseIssues(deps, rows, current, now);
  return rows.map((row) => {
    const issues = [...(keyIssues.get(row.index) ?? []), ...sizeIssue(row, now), ...(tooLarge.get(row.index) ?? [])];
    if (issues.length === 0) return row;
    return { index: row.index, id: row.id, action: "invalid", issues: [...row.issues, ...issues] };
  });
}

/**
 * POST /flow-configs/import?mode=dry-run|apply (admin). A malformed document is refused whole (400, each
 * problem with its JSON path). Otherwise every config gets a row: create, update, unchanged or invalid
 * with reasons. Apply writes each create/update row in its own transaction (templates before their
 * instances, a few in flight), skips invalid rows, and reports a failed write on its row.
 */
export async function importConfigs(deps: UseCaseDeps, principal: Principal, json: unknown, mode: ImportMode) {
  await requireCollectionAction(deps, principal, "ImportConfigs", "import flow configs");
  const { configs } = unwrap(parseExportDocument(json));
  const ids = configs.flatMap((config) => [...idOf(config, "id"), ...idOf(config, "templateId")]);
  const current = await deps.store.getMany(ids);
  const rows = await planAgainstEnvironment(deps, configs, current);
  if (mode === "dry-run") return { rows: rows.map(report) };

  const templates = new Map(current);
  const apply = async (row: ImportRow): Promise<ImportReportRow> => {
    if (!row.input || (row.action !== "create" && row.action !== "update")) return report(row);
    try {
      const saved = await writeImported(deps, principal, row.input, current.get(row.id) ?? null, templates);
      if (saved.templateId === null) templates.set(saved.id, saved);
      return report(row);
    } catch (error) {
      // A conflict found only at write time (a key taken meanwhile) fails this row, not the import
      if (!(error instanceof DomainError)) throw error;
      return { index: row.index, id: row.id, action: "invalid", issues: [{ path: `configs[${row.index}]`, message: error.message }] };
    }
  };
  // Templates (and standalone configs) first: an instance's template must exist when the instance is written
  const first = await mapWithConcurrency(rows.filter((row) => !row.input || !isInstance(row.input)), WRITES_IN_FLIGHT, apply);
  const then = await mapWithConcurrency(rows.filter((row) => row.input && isInstance(row.input)), WRITES_IN_FLIGHT, apply);
  return { rows: [...first, ...then].sort((a, b) => a.index - b.index) };
}

function report(row: ImportRow): ImportReportRow {
  return { index: row.index, id: row.id, action: row.action, issues: row.issues };
}

async function writeImported(
  deps: UseCaseDeps,
  principal: Principal,
  input: ConfigInput,
  existing: StoredConfig | null,
  templates: ReadonlyMap<string, StoredConfig>,
): Promise<StoredConfig> {
  const template = input.templateId === null ? null : (templates.get(input.templateId) ?? (await deps.store.get(input.templateId)));
  const next: StoredConfig = { ...input, version: (existing?.version ?? 0) + 1, updatedAt: deps.now().toISOString(), updatedBy: principal.username };
  const after: FlowConfig = effectiveConfig(next, template);
  if (!existing) return deps.store.create(input, changeRecord(deps, principal, "create", diff(null, after)));
  if (input.templateId !== null && existing.templateId === null && (await deps.store.countInstances(existing.id)) > 0) {
    throw new DomainError("InvalidInput", `${existing.id} is a template with instances, so it cannot become an instance of ${input.templateId}`);
  }
  const existingTemplate = existing.templateId === null ? null : (templates.get(existing.templateId) ?? null);
  const before = isInstance(existing) && !existingTemplate ? null : effectiveConfig(existing, existingTemplate);
  return deps.store.update(existing.id, existing.version, input, changeRecord(deps, principal, "replace", diff(before, after)));
}
