import { DomainError, staleOverrides, type StoredConfig } from "@flow-configs/model";
import type { ConfigStore } from "#ports/config-store";

const SHOWN = 5;

/** The instance count and the first few ids, for a message (the template index finds them, without a scan). */
async function instancesOf(store: ConfigStore, templateId: string): Promise<{ count: number; named: string }> {
  const count = await store.countInstances(templateId);
  if (count === 0) return { count, named: "" };
  const page = await store.list({ limit: SHOWN, templateId, scope: null });
  const ids = page.items.map((item) => item.id);
  return { count, named: `${ids.join(", ")}${count > ids.length ? ", …" : ""}` };
}

const configs = (count: number) => `${count} ${count === 1 ? "config" : "configs"}`;

/** A template with instances cannot be deleted: every instance's getConfig would fail. */
export async function refuseDeletingUsedTemplate(store: ConfigStore, id: string): Promise<void> {
  const { count, named } = await instancesOf(store, id);
  if (count > 0) {
    throw new DomainError("Conflict", `flow config ${id} is the template of ${configs(count)} (${named}): delete them or link them elsewhere first`);
  }
}

/** A template with instances cannot become an instance itself: templates are not chained. */
export async function refuseChainingTemplate(store: ConfigStore, id: string, newTemplateId: string | null): Promise<void> {
  if (newTemplateId === null) return;
  const { count, named } = await instancesOf(store, id);
  if (count > 0) {
    throw DomainError.invalid([
      { path: "templateId", message: `${id} is the template of ${configs(count)} (${named}), so it cannot be an instance of ${newTemplateId}` },
    ]);
  }
}

export interface StaleInstance {
  id: string;
  names: string[];
}

/** After a template changed: its instances whose overrides name entries it no longer defines. */
export async function staleInstancesOf(store: ConfigStore, template: StoredConfig): Promise<StaleInstance[]> {
  const instances = await store.listInstances(template.id);
  return instances
    .map((instance) => ({ id: instance.id, names: staleOverrides(instance, template) }))
    .filter((instance) => instance.names.length > 0);
}
