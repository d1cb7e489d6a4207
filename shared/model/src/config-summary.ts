import type { ConfigSummary, StoredConfig } from "./schemas";

/** A config's list row. For a template instance the counts are of its own overrides, not of the template's entries. */
export function configSummary(stored: StoredConfig): ConfigSummary {
  return {
    id: stored.id,
    description: stored.description,
    templateId: stored.templateId,
    lookupKeys: stored.lookupKeys,
    variableCount: stored.variables.length,
    promptCount: stored.prompts.length,
    version: stored.version,
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
  };
}
