import { checkResponseLimit, effectiveConfig, isInstance, type DomainError, type StoredConfig } from "@flow-configs/model";
import type { ConfigStore } from "#ports/config-store";

/**
 * Why a write would make getConfig answer over Amazon Connect's limit, or null: for the config as `next`
 * leaves it and, when it is a template, for each of its instances on the new template (one index query).
 * `rewritten` names instances the same request replaces, which are checked as they will be written.
 */
export async function oversizedResponses(
  store: ConfigStore,
  next: StoredConfig,
  template: StoredConfig | null,
  rewritten: ReadonlySet<string> = new Set(),
): Promise<DomainError | null> {
  const instances = isInstance(next) ? [] : await store.listInstances(next.id);
  return checkResponseLimit(
    effectiveConfig(next, template),
    instances.filter((instance) => !rewritten.has(instance.id)).map((instance) => effectiveConfig(instance, next)),
  );
}

/** Every write path's check before it writes: a 413 naming the language, channel and size of each config over. */
export async function refuseOversizedResponses(store: ConfigStore, next: StoredConfig, template: StoredConfig | null): Promise<void> {
  const error = await oversizedResponses(store, next, template);
  if (error) throw error;
}
