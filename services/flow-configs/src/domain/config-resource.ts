import type { FlowConfig } from "@flow-configs/model";
import type { Resource } from "#ports/authorizer";

/**
 * A list config (such as `bad-actors`): every variable is a list entry, and it has no prompts. An emptied
 * list stays a list, so its keepers can fill it again.
 */
export function isListConfig(config: Pick<FlowConfig, "variables" | "prompts">): boolean {
  return config.prompts.length === 0 && config.variables.every((variable) => variable.type === "list-entry");
}

/** The authorization resource for a config: what the Cedar policies look at. */
export function configResource(config: Pick<FlowConfig, "id" | "templateId" | "variables" | "prompts">): Resource {
  return { kind: "config", id: config.id, templateId: config.templateId, isList: isListConfig(config) };
}

export const COLLECTION: Resource = { kind: "collection" };
