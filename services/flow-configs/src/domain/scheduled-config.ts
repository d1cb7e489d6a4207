import { compileSchedule, effectiveConfig, effectiveTimeZone, isInstance } from "@flow-configs/model/contact-flow";
import type { ConfigReader, ScheduledConfig } from "#ports/config-reader";
import { ContactFlowError } from "./contact-flow-error";

/** The effective config by id (an instance merged with its template) and its schedule; null when no config has that id. */
export async function loadScheduledConfig(reader: ConfigReader, id: string): Promise<ScheduledConfig | null> {
  const stored = await reader.get(id);
  if (!stored) return null;
  const template = isInstance(stored) ? await reader.get(stored.templateId) : null;
  if (isInstance(stored) && !template) {
    throw new ContactFlowError("TemplateMissing", `flow config "${id}" is an instance of "${stored.templateId}", which does not exist`);
  }
  const config = effectiveConfig(stored, template);
  const sources = [
    ...(template ? [{ changes: template.scheduledChanges, source: "template" as const }] : []),
    { changes: stored.scheduledChanges, source: "own" as const },
  ];
  return { config, schedule: compileSchedule(sources, effectiveTimeZone(stored, template), config) };
}
