import type { FlowConfig } from "@flow-configs/model";
import type { Resource } from "#ports/authorizer";

/** A list config (such as `bad-actors`): an admin made it one, and its keepers add and remove its entries. */
export function isListConfig(config: Pick<FlowConfig, "kind">): boolean {
  return config.kind === "list";
}

/** The authorization resource for a config: what the Cedar policies look at. */
export function configResource(config: Pick<FlowConfig, "id" | "templateId" | "kind">): Resource {
  return { kind: "config", id: config.id, templateId: config.templateId, isList: isListConfig(config) };
}

export const COLLECTION: Resource = { kind: "collection" };
