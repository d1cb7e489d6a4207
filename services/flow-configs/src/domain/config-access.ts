import { CONFIG_ID_PATTERN, DomainError, effectiveConfig, isInstance, scheduleMisfits, staleOverrides, type FlowConfig, type StoredConfig } from "@flow-configs/model";
import type { Action, Principal } from "#ports/authorizer";
import type { ConfigStore } from "#ports/config-store";
import { COLLECTION, configResource } from "./config-resource";
import type { UseCaseDeps } from "./use-case-deps";
import { checkVersion, requireExpectedVersion } from "./version-check";

/** A config as stored, its template (for an instance) and the effective config users see. */
export interface LoadedConfig {
  stored: StoredConfig;
  template: StoredConfig | null;
  effective: FlowConfig;
}

/**
 * Every route's first check: a user in none of the Flow Configs groups may not even list, and gets 403
 * everywhere — before anything reveals whether a config exists.
 */
export async function requireApiAccess(deps: UseCaseDeps, principal: Principal): Promise<void> {
  if (!(await deps.authorizer.isAllowed(principal, "ListConfigs", COLLECTION))) {
    throw new DomainError("Forbidden", `${principal.username} is in none of the Flow Configs groups`);
  }
}

/** A config as reads return it: an instance also lists its overrides the template no longer defines. */
export function readReply({ stored, template, effective }: LoadedConfig): FlowConfig {
  const windows = [...(template?.scheduledChanges ?? []), ...(stored.scheduledChanges ?? [])];
  const misfits = windows.length > 0 && effective.languages.length > 0 ? scheduleMisfits(effective, windows) : [];
  return {
    ...effective,
    ...(template && { staleOverrides: staleOverrides(stored, template) }),
    ...(misfits.length > 0 && { scheduleMisfits: misfits }),
  };
}

export function notFound(id: string): DomainError {
  return new DomainError("NotFound", `flow config ${id} does not exist`);
}

/** The template of an instance, or null for a standalone config or template. */
export async function loadTemplate(store: ConfigStore, stored: StoredConfig): Promise<StoredConfig | null> {
  return isInstance(stored) ? store.get(stored.templateId) : null;
}

export async function loadConfig(store: ConfigStore, id: string): Promise<LoadedConfig | null> {
  const stored = await store.get(id);
  if (!stored) return null;
  const template = await loadTemplate(store, stored);
  return { stored, template, effective: effectiveConfig(stored, template) };
}

/**
 * An instance whose template is gone, seen without it: no shape, only its id and metadata. Enough to
 * delete it or replace it (the history then records the repair); never served as its effective config.
 */
function withoutTemplate(stored: StoredConfig): FlowConfig {
  return {
    id: stored.id,
    kind: "standard",
    description: stored.description,
    languages: [],
    defaultLanguage: "",
    variables: [],
    prompts: [],
    lookupKeys: stored.lookupKeys,
    templateId: stored.templateId,
    version: stored.version,
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
  };
}

export interface LoadOptions {
  /** Delete and replace may act on an instance whose template is missing (to remove or repair it). */
  allowMissingTemplate?: boolean;
}

/**
 * Loads a config and authorizes `action` on it. A config the user may not read (out of scope) is a 404,
 * so its existence is not revealed; one the user may read but not act on is a 403. An instance whose
 * template is missing is a TemplateMissing error (409) once the user is known to be allowed to see it.
 */
export async function loadAuthorized(
  deps: UseCaseDeps,
  principal: Principal,
  id: string,
  action: Action,
  options: LoadOptions = {},
): Promise<LoadedConfig> {
  await requireApiAccess(deps, principal);
  // An id no config can have is simply not found (and never reaches a DynamoDB key).
  if (!CONFIG_ID_PATTERN.test(id)) throw notFound(id);
  const stored = await deps.store.get(id);
  if (!stored) throw notFound(id);
  const template = await loadTemplate(deps.store, stored);
  const templateMissing = isInstance(stored) && !template;
  const resource = templateMissing ? configResource(withoutTemplate(stored)) : configResource(effectiveConfig(stored, template));
  if (!(await deps.authorizer.isAllowed(principal, "ReadConfig", resource))) throw notFound(id);
  if (action !== "ReadConfig" && !(await deps.authorizer.isAllowed(principal, action, resource))) {
    throw new DomainError("Forbidden", `${principal.username} may not ${action} on flow config ${id}`);
  }
  if (templateMissing && options.allowMissingTemplate) return { stored, template, effective: withoutTemplate(stored) };
  return { stored, template, effective: effectiveConfig(stored, template) };
}

/** A write's first steps: load and authorize `action`, then require If-Match and check it against the config. */
export async function loadForWrite(
  deps: UseCaseDeps,
  principal: Principal,
  target: { id: string; expectedVersion: number | undefined; action: Action },
  options: LoadOptions = {},
): Promise<{ current: LoadedConfig; version: number }> {
  const current = await loadAuthorized(deps, principal, target.id, target.action, options);
  const version = requireExpectedVersion(target.expectedVersion);
  checkVersion(version, current.effective);
  return { current, version };
}
