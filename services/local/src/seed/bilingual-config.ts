import type { FlowConfigBody } from "@flow-configs/model";

type BilingualFields = Omit<FlowConfigBody, "kind" | "languages" | "defaultLanguage" | "templateId">;

/** A standard config of the seed story: callers served in English and Spanish, English first. */
export function bilingualConfig(fields: BilingualFields): FlowConfigBody {
  return { kind: "standard", languages: ["en-US", "es-US"], defaultLanguage: "en-US", templateId: null, ...fields };
}
