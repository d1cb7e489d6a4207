import { DomainError } from "@flow-configs/model";
import type { ConfigStore } from "#ports/config-store";

const SHOWN = 5;

/** Some instances of a template (the store's scope filter finds them by templateId, without a scan). */
async function instancesOf(store: ConfigStore, templateId: string): Promise<string[]> {
  const page = await store.list({ limit: SHOWN, scope: { ids: [], templates: [templateId] } });
  return page.items.map((item) => item.id);
}

const listed = (ids: string[]) => `${ids.join(", ")}${ids.length === SHOWN ? ", …" : ""}`;

/** A template with instances cannot be deleted: every instance's getConfig would fail. */
export async function refuseDeletingUsedTemplate(store: ConfigStore, id: string): Promise<void> {
  const instances = await instancesOf(store, id);
  if (instances.length > 0) {
    throw new DomainError("Conflict", `flow config ${id} is the template of ${listed(instances)}: delete or replace those first`);
  }
}

/** A template with instances cannot become an instance itself: templates are not chained. */
export async function refuseChainingTemplate(store: ConfigStore, id: string, newTemplateId: string | null): Promise<void> {
  if (newTemplateId === null) return;
  const instances = await instancesOf(store, id);
  if (instances.length > 0) {
    throw DomainError.invalid([
      { path: "templateId", message: `${id} is the template of ${listed(instances)}, so it cannot be an instance of ${newTemplateId}` },
    ]);
  }
}
