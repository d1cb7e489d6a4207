import {
  CONFIG_ID_PATTERN,
  DomainError,
  bodyOf,
  diff,
  effectiveConfig,
  isInstance,
  type FlowConfig,
  type HistoryEntry,
  type RestoreRequest,
  type StoredConfig,
} from "@flow-configs/model";
import type { Action, Principal } from "#ports/authorizer";
import { changeRecord } from "./change-record";
import { checkConfigInput, checkItemSize } from "./config-input";
import { loadAuthorized, loadTemplate, notFound, requireApiAccess } from "./config-access";
import { configResource } from "./config-resource";
import { writeConditionally } from "./conditional-write";
import { refuseOversizedResponses } from "./response-limit";
import { refuseChainingTemplate } from "./template-instances";
import type { UseCaseDeps } from "./use-case-deps";
import { checkVersion } from "./version-check";

function unknownVersion(id: string, version: number): DomainError {
  return new DomainError("NotFound", `flow config ${id} has no version ${version}`);
}

/**
 * A version's snapshot, authorized: a live config through its current state, a deleted one through the
 * snapshot itself (its id and template are what scope decides on). Out of scope is a 404, as everywhere.
 */
async function loadSnapshot(deps: UseCaseDeps, principal: Principal, id: string, version: number, action: Action) {
  await requireApiAccess(deps, principal);
  if (!CONFIG_ID_PATTERN.test(id)) throw notFound(id);
  const current = await deps.store.get(id);
  if (current) await loadAuthorized(deps, principal, id, action, { allowMissingTemplate: true });
  const snapshot = await deps.store.getVersion(id, version);
  if (!current) {
    if (!snapshot && (await deps.store.history(id, { limit: 1 })).length === 0) throw notFound(id);
    // A deleted config's snapshot tells its template; without one, scope decides by id alone
    const resource = configResource({ id, templateId: snapshot?.templateId ?? null, kind: "standard" });
    if (!(await deps.authorizer.isAllowed(principal, "ReadConfig", resource))) throw notFound(id);
    if (action !== "ReadConfig" && !(await deps.authorizer.isAllowed(principal, action, resource))) {
      throw new DomainError("Forbidden", `${principal.username} may not ${action} on flow config ${id}`);
    }
  }
  if (!snapshot) {
    const [entry] = await deps.store.history(id, { limit: 1, beforeVersion: version + 1 });
    if (entry?.version === version && entry.action === "delete") {
      throw new DomainError("NotFound", `version ${version} of flow config ${id} is its deletion and holds no config: pick an earlier version`);
    }
    throw unknownVersion(id, version);
  }
  return { current, snapshot };
}

/**
 * GET /flow-configs/{id}/history/{version}: the config as it was at a version, as an effective config for
 * a side-by-side compare. An instance's overrides are shown on its template as the template was then, so a
 * compare shows what the contact flow read at each version.
 */
export async function readVersion(deps: UseCaseDeps, principal: Principal, id: string, version: number): Promise<FlowConfig> {
  const { snapshot } = await loadSnapshot(deps, principal, id, version, "ReadConfig");
  return effectiveConfig(snapshot, await templateAsOf(deps, snapshot));
}

/**
 * An instance's template as it stood when the instance's version was written: the template's last version
 * written at or before then. When there is none to read (the template was deleted since, or its history does
 * not reach back), the template as it is now, or null when it is gone.
 */
async function templateAsOf(deps: UseCaseDeps, snapshot: StoredConfig): Promise<StoredConfig | null> {
  if (!isInstance(snapshot)) return null;
  const then = await lastVersionAtOrBefore(deps, snapshot.templateId, snapshot.updatedAt);
  const template = then && then.action !== "delete" ? await deps.store.getVersion(snapshot.templateId, then.version) : null;
  return template ?? loadTemplate(deps.store, snapshot);
}

/** The newest history entry of a config written at or before `at`, reading its history a page at a time. */
async function lastVersionAtOrBefore(deps: UseCaseDeps, id: string, at: string): Promise<HistoryEntry | undefined> {
  const limit = 100;
  let beforeVersion: number | undefined;
  for (;;) {
    const page = await deps.store.history(id, { limit, ...(beforeVersion ? { beforeVersion } : {}) });
    const then = page.find((entry) => entry.updatedAt <= at);
    if (then || page.length < limit) return then;
    beforeVersion = page.at(-1)?.version;
  }
}

/**
 * POST /flow-configs/{id}/restore (admin): version n's snapshot becomes current as a new version, with its
 * own history entry (`restore`). A deleted config is re-created. The snapshot is checked as a PUT would be
 * (its template must exist, its lookup keys must be free).
 */
export async function restoreConfig(
  deps: UseCaseDeps,
  principal: Principal,
  id: string,
  expectedVersion: number | undefined,
  { version }: RestoreRequest,
): Promise<FlowConfig> {
  const { current, snapshot } = await loadSnapshot(deps, principal, id, version, "RestoreConfig");
  const { input, template } = await checkConfigInput(deps.store, bodyOf(snapshot), id);
  const before = current ? await effectiveOrBare(deps, current) : null;
  if (expectedVersion !== undefined && before) checkVersion(expectedVersion, before);
  const nextVersion = (current?.version ?? 0) + 1;
  const next: StoredConfig = { ...input, version: nextVersion, updatedAt: deps.now().toISOString(), updatedBy: principal.username };
  checkItemSize(next);
  await refuseOversizedResponses(deps.store, next, template);
  const record = { ...changeRecord(deps, principal, "restore", diff(before, effectiveConfig(next, template))), restoredFrom: version };
  if (!current) return effectiveConfig(await deps.store.create(input, record), template);
  await refuseChainingTemplate(deps.store, id, input.templateId);
  const saved = await writeConditionally(deps, id, current.version, () => deps.store.update(id, current.version, input, record));
  return effectiveConfig(saved, template);
}

/** The current config to diff a restore against; an instance whose template is gone diffs from nothing. */
async function effectiveOrBare(deps: UseCaseDeps, current: StoredConfig): Promise<FlowConfig | null> {
  const template = await loadTemplate(deps.store, current);
  if (isInstance(current) && !template) return null;
  return effectiveConfig(current, template);
}
