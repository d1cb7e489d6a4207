import {
  applyValuePatch,
  DomainError,
  diff,
  effectiveConfig,
  parseValuePatch,
  bodyOf,
  deepEqual,
  type ChangeRequest,
  type ConfigInput,
  type FlowConfig,
  type StoredConfig,
} from "@flow-configs/model";
import type { Principal } from "#ports/authorizer";
import { changeRecord } from "./change-record";
import { requestChange } from "./change-requests";
import { withManagedFields } from "./safe-change-input";
import { refuseOversizedSchedule } from "./safe-change-write";
import { checkConfigInput, checkItemSize } from "./config-input";
import { COLLECTION } from "./config-resource";
import { loadAuthorized, loadForWrite, readReply, requireApiAccess } from "./config-access";
import { writeConditionally } from "./conditional-write";
import { refuseOversizedResponses } from "./response-limit";
import { refuseBreakingDelete, refuseBreakingShape } from "./flow-guards";
import { refuseChainingTemplate, refuseDeletingUsedTemplate, staleInstancesOf } from "./template-instances";
import { unwrap } from "./result";
import type { UseCaseDeps } from "./use-case-deps";
import { checkVersion, requireExpectedVersion } from "./version-check";

/** The config as it will be stored at the next version: used to check its size and diff it before writing. */
function nextStored(input: ConfigInput, version: number, deps: UseCaseDeps, principal: Principal): StoredConfig {
  return { ...input, version, updatedAt: deps.now().toISOString(), updatedBy: principal.username };
}

/** POST /flow-configs (admin): a new config at version 1. */
export async function createConfig(deps: UseCaseDeps, principal: Principal, json: unknown): Promise<FlowConfig> {
  await requireApiAccess(deps, principal);
  if (!(await deps.authorizer.isAllowed(principal, "CreateConfig", COLLECTION))) {
    throw new DomainError("Forbidden", `${principal.username} may not create flow configs`);
  }
  const checked = await checkConfigInput(deps.store, json);
  const { template } = checked;
  const input = withManagedFields(checked.input, null, template);
  const next = nextStored(input, 1, deps, principal);
  checkItemSize(next);
  await refuseOversizedResponses(deps.store, next, template);
  const saved = await deps.store.create(input, changeRecord(deps, principal, "create", diff(null, effectiveConfig(next, template))));
  return effectiveConfig(saved, template);
}

/** `force`: go ahead although contact flows use what the write removes (the guards' 409). */
export interface WriteOptions {
  force?: boolean;
}

/** PUT /flow-configs/{id} (admin): replaces shape and values, conditional on the version the admin edited. */
export async function replaceConfig(
  deps: UseCaseDeps,
  principal: Principal,
  id: string,
  expectedVersion: number | undefined,
  json: unknown,
  options: WriteOptions = {},
): Promise<FlowConfig> {
  const current = await loadAuthorized(deps, principal, id, "ReplaceConfig", { allowMissingTemplate: true });
  const version = requireExpectedVersion(expectedVersion);
  const checked = await checkConfigInput(deps.store, json, id);
  const { template } = checked;
  const input = withManagedFields(checked.input, current.stored, template);
  await refuseChainingTemplate(deps.store, id, input.templateId);
  checkVersion(version, current.effective);
  const next = nextStored(input, version + 1, deps, principal);
  checkItemSize(next);
  await refuseOversizedResponses(deps.store, next, template);
  const instances = () => (input.templateId === null ? deps.store.listInstances(id) : Promise.resolve([]));
  await refuseBreakingShape(deps, current.effective, effectiveConfig(next, template), instances, options.force ?? false);
  await refuseOversizedSchedule(deps, next, template);
  const changes = diff(current.effective, effectiveConfig(next, template));
  const saved = await writeConditionally(deps, id, version, () =>
    deps.store.update(id, version, input, changeRecord(deps, principal, "replace", changes)),
  );
  const replaced = readReply({ stored: saved, template, effective: effectiveConfig(saved, template) });
  // One write for the template, whatever its instance count; only a removed entry can leave overrides stale
  const removedEntries = changes.some((change) => change.kind === "removed" && change.entry !== "config");
  if (input.templateId !== null || !removedEntries) return replaced;
  return { ...replaced, staleInstances: await staleInstancesOf(deps.store, saved) };
}

export type ValuesOutcome = { kind: "updated"; config: FlowConfig } | { kind: "requested"; request: ChangeRequest };

/**
 * PATCH /flow-configs/{id}/values (admin, business in scope): new values and prompt texts for entries the
 * config already has. A name it does not define is a 400; a patch that changes nothing writes nothing. On a
 * config that requires approval, a valid patch becomes a change request and nothing a flow reads changes.
 */
export async function updateValues(
  deps: UseCaseDeps,
  principal: Principal,
  id: string,
  expectedVersion: number | undefined,
  json: unknown,
): Promise<ValuesOutcome> {
  const current = await loadAuthorized(deps, principal, id, "UpdateValues");
  const version = requireExpectedVersion(expectedVersion);
  const patch = unwrap(parseValuePatch(json));
  checkVersion(version, current.effective);
  const input = unwrap(applyValuePatch(current.stored, patch, current.template));
  const next = nextStored(input, version + 1, deps, principal);
  checkItemSize(next);
  const changes = diff(current.effective, effectiveConfig(next, current.template));
  // A reset of a stale override, or of one equal to the template's value, changes what is stored, not what is served
  if (changes.length === 0 && deepEqual(bodyOf(current.stored), input)) return { kind: "updated", config: readReply(current) };
  await refuseOversizedResponses(deps.store, next, current.template);
  if (current.effective.approval === "required") {
    const requested = { variables: patch.variables.map(({ name, value }) => ({ name, value })), prompts: patch.prompts, ...(patch.reset && { reset: patch.reset }) };
    return { kind: "requested", request: await requestChange(deps, principal, current, { kind: "values", patch: requested }) };
  }
  await refuseOversizedSchedule(deps, next, current.template);
  const saved = await writeConditionally(deps, id, version, () =>
    deps.store.update(id, version, input, changeRecord(deps, principal, "update-values", changes)),
  );
  return { kind: "updated", config: readReply({ stored: saved, template: current.template, effective: effectiveConfig(saved, current.template) }) };
}

/** DELETE /flow-configs/{id} (admin): removes the config and frees its lookup keys; history is kept. */
export async function deleteConfig(
  deps: UseCaseDeps,
  principal: Principal,
  id: string,
  expectedVersion: number | undefined,
  options: WriteOptions = {},
): Promise<void> {
  const { current, version } = await loadForWrite(deps, principal, { id, expectedVersion, action: "DeleteConfig" }, { allowMissingTemplate: true });
  await refuseDeletingUsedTemplate(deps.store, id);
  await refuseBreakingDelete(deps, current.effective, options.force ?? false);
  const record = changeRecord(deps, principal, "delete", diff(current.effective, null));
  await writeConditionally(deps, id, version, () => deps.store.remove(id, version, record));
}
