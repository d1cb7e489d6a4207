import { CONFIG_ID_PATTERN, DomainError, effectiveConfig, isInstance, type FlowConfig, type StoredConfig } from "@flow-configs/model";
import type { Action, Principal } from "#ports/authorizer";
import type { ConfigStore } from "#ports/config-store";
import { COLLECTION, configResource } from "./config-resource";
import type { UseCaseDeps } from "./use-case-deps";

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
 * Loads a config and authorizes `action` on it. A config the user may not read (out of scope) is a 404,
 * so its existence is not revealed; one the user may read but not act on is a 403.
 */
export async function loadAuthorized(deps: UseCaseDeps, principal: Principal, id: string, action: Action): Promise<LoadedConfig> {
  await requireApiAccess(deps, principal);
  // An id no config can have is simply not found (and never reaches a DynamoDB key).
  if (!CONFIG_ID_PATTERN.test(id)) throw notFound(id);
  const loaded = await loadConfig(deps.store, id);
  if (!loaded) throw notFound(id);
  const resource = configResource(loaded.effective);
  if (!(await deps.authorizer.isAllowed(principal, "ReadConfig", resource))) throw notFound(id);
  if (action !== "ReadConfig" && !(await deps.authorizer.isAllowed(principal, action, resource))) {
    throw new DomainError("Forbidden", `${principal.username} may not ${action} on flow config ${id}`);
  }
  return loaded;
}
