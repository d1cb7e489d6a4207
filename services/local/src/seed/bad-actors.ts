import type { FlowConfigBody } from "@flow-configs/model";

/** The list isBadActor reads: a number is on it when a list-entry variable carries its name. */
export const badActors: FlowConfigBody = {
  id: "bad-actors",
  kind: "list",
  description: "Callers whose contacts are routed to the fraud team",
  languages: ["en-US"],
  defaultLanguage: "en-US",
  variables: [
    { name: "+15555550101", type: "list-entry", value: "", note: "Repeated abusive calls" },
    { name: "+15555550199", type: "list-entry", value: "", note: "Reported fraud attempt" },
  ],
  prompts: [],
  lookupKeys: [],
  templateId: null,
};
