import {
  CONFIG_ID_PATTERN,
  DomainError,
  LIMITS,
  bodyOf,
  checkResponseLimit,
  diff,
  effectiveConfig,
  isInstance,
  officesToCsv,
  planOfficesCsv,
  readOfficesCsv,
  refuseUnconfirmedStale,
  storedItemSize,
  type FlowConfigBody,
  type InstanceBody,
  type OfficeRow,
  type StoredConfig,
} from "@flow-configs/model";
import type { Principal } from "#ports/authorizer";
import { mapWithConcurrency, WRITES_IN_FLIGHT } from "./bounded-concurrency";
import { changeRecord } from "./change-record";
import { requireCollectionAction } from "./collection-access";
import { notFound } from "./config-access";
import type { ImportMode } from "./import-mode";
import type { UseCaseDeps } from "./use-case-deps";

/** A template by id: 404 when there is none, 400 when the id names an instance. */
async function loadTemplateById(deps: UseCaseDeps, templateId: string): Promise<StoredConfig & FlowConfigBody> {
  if (!CONFIG_ID_PATTERN.test(templateId)) throw notFound(templateId);
  const template = await deps.store.get(templateId);
  if (!template) throw notFound(templateId);
  if (isInstance(template)) {
    throw DomainError.invalid([{ path: "templateId", message: `${templateId} is an instance of ${template.templateId}, not a template` }]);
  }
  return template;
}

/** GET /flow-configs/{templateId}/instances.csv (admin): every instance with its overrides, one row each. */
export async function exportOfficesCsv(deps: UseCaseDeps, principal: Principal, templateId: string): Promise<string> {
  await requireCollectionAction(deps, principal, "ExportConfigs", "export flow configs");
  const template = await loadTemplateById(deps, templateId);
  const instances = await deps.store.listInstances(template.id);
  return officesToCsv(bodyOf(template) as FlowConfigBody, instances);
}

/** An office row as the API reports it: line, id, what importing it does (or did) and why not. */
export type OfficeReportRow = Omit<OfficeRow, "input">;

/** The ids and lookup keys a CSV names, read ahead so the plan can be checked against the table in two batches. */
function namedInCsv(text: string): { ids: string[]; keys: string[] } {
  const { header, records } = readOfficesCsv(text);
  if (!header) return { ids: [], keys: [] };
  const idColumn = header.cells.indexOf("id");
  const keyColumn = header.cells.indexOf("lookupKeys");
  const cell = (cells: string[], column: number) => (column >= 0 ? (cells[column] ?? "").trim() : "");
  return {
    ids: records.map((record) => cell(record.cells, idColumn)).filter((id) => CONFIG_ID_PATTERN.test(id)),
    keys: records.flatMap((record) => cell(record.cells, keyColumn).split(/\s+/).filter(Boolean)),
  };
}

/**
 * POST /flow-configs/{templateId}/instances.csv?mode=dry-run|apply (admin): one row per CSV record with its
 * line number — create, update, unchanged or error with reasons, and the fields it changes. Apply writes each
 * create/update row in its own transaction, a few in flight; a row that fails harms no other row and reports
 * why. A row whose office changed since the export it came from is written only if `confirmStale` names it.
 */
export async function importOfficesCsv(
  deps: UseCaseDeps,
  principal: Principal,
  templateId: string,
  text: string,
  { mode, confirmStale }: { mode: ImportMode; confirmStale?: readonly string[] | undefined },
): Promise<OfficeReportRow[]> {
  await requireCollectionAction(deps, principal, "ImportConfigs", "import flow configs");
  const template = await loadTemplateById(deps, templateId);
  const named = namedInCsv(text);
  const [existing, lookupOwners] = await Promise.all([deps.store.getMany(named.ids), deps.store.findIdsByLookupKeys(named.keys)]);
  const { rows, problems } = planOfficesCsv(text, { template, existing, lookupOwners });
  if (problems.length > 0) throw DomainError.invalid(problems.map((message) => ({ path: "(csv)", message })));
  const now = deps.now().toISOString();
  const checked = rows.map((row) => withSizeChecks(row, template, now));
  if (mode === "dry-run") return checked.map(report);

  return mapWithConcurrency(refuseUnconfirmedStale(checked, new Set(confirmStale)), WRITES_IN_FLIGHT, async (row) => {
    if (!row.input || (row.action !== "create" && row.action !== "update")) return report(row);
    try {
      await writeOffice(deps, principal, row.input, existing.get(row.id) ?? null, template);
      return report(row);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { ...report(row), action: "error", reasons: [error.message] };
    }
  });
}

/** A row the store could not hold, or whose office getConfig could not answer within Connect's limit, is an error. */
function withSizeChecks(row: OfficeRow, template: StoredConfig, now: string): OfficeRow {
  if (!row.input) return row;
  const next: StoredConfig = { ...row.input, version: 1, updatedAt: now, updatedBy: "import" };
  const bytes = storedItemSize(next);
  const reasons = bytes > LIMITS.itemBytes ? [`takes ${bytes} bytes, over DynamoDB's item limit of ${LIMITS.itemBytes}`] : [];
  const tooLarge = checkResponseLimit(effectiveConfig(next, template));
  if (tooLarge) reasons.push(tooLarge.message);
  if (reasons.length === 0) return row;
  const { input: _input, ...refused } = row;
  return { ...refused, action: "error", reasons };
}

function report({ input: _input, ...row }: OfficeRow): OfficeReportRow {
  return row;
}

async function writeOffice(deps: UseCaseDeps, principal: Principal, input: InstanceBody, existing: StoredConfig | null, template: StoredConfig) {
  const next: StoredConfig = { ...input, version: (existing?.version ?? 0) + 1, updatedAt: deps.now().toISOString(), updatedBy: principal.username };
  const after = effectiveConfig(next, template);
  if (!existing) return deps.store.create(input, changeRecord(deps, principal, "create", diff(null, after)));
  const changes = diff(effectiveConfig(existing, template), after);
  return deps.store.update(existing.id, existing.version, input, changeRecord(deps, principal, "replace", changes));
}
