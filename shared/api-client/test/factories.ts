import type { ConfigSummary, FlowConfig } from "@flow-configs/model";

export const aConfig = (overrides: Partial<FlowConfig> = {}): FlowConfig => ({
  id: "BasicQueue",
  kind: "standard",
  description: "Main inbound queue",
  languages: ["en-US", "es-US"],
  defaultLanguage: "en-US",
  variables: [{ name: "Closure", type: "boolean", value: "false" }],
  prompts: [{ name: "Welcome", values: { "en-US": { voice: "Thank you for calling" } } }],
  lookupKeys: ["+18005550100"],
  templateId: null,
  version: 3,
  updatedAt: "2026-11-24T10:00:00.000Z",
  updatedBy: "morgan",
  ...overrides,
});

export const aSummary = (overrides: Partial<ConfigSummary> = {}): ConfigSummary => ({
  id: "BasicQueue",
  description: "Main inbound queue",
  templateId: null,
  lookupKeys: [],
  variableCount: 2,
  promptCount: 2,
  version: 1,
  updatedAt: "2026-11-24T10:00:00.000Z",
  updatedBy: "alex",
  ...overrides,
});
