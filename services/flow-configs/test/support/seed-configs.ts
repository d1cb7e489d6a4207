import type { ConfigInput, FlowConfigBody } from "@flow-configs/model";
import type { ConfigStore } from "../../src/ports/config-store";
import { aChangeRecord, aConfig, anInstance, aVariable } from "./factories";

/** The FieldOffice template: the shape and default values every office inherits. */
export function aFieldOfficeTemplate(overrides: Partial<FlowConfigBody> = {}): FlowConfigBody {
  return aConfig({
    id: "FieldOffice",
    description: "Field office template",
    variables: [
      aVariable({ name: "OfficeName", type: "string", value: "Field office", description: "Name read to callers" }),
      aVariable({ name: "Closure", value: "false" }),
    ],
    prompts: [
      {
        name: "OfficeGreeting",
        values: {
          "en-US": { voice: "<speak>Welcome to the <emphasis>field office</emphasis>.</speak>" },
          "es-US": { voice: "Bienvenido a la oficina." },
        },
      },
    ],
    ...overrides,
  });
}

/** A list config like `bad-actors`: each variable's name is a number on the list. */
export function aBadActorsList(numbers: string[] = ["+15555550101", "+15555550199"]): FlowConfigBody {
  return aConfig({
    id: "bad-actors",
    kind: "list",
    description: "Callers to route to security",
    variables: numbers.map((number) => ({ name: number, type: "list-entry", value: "" })),
    prompts: [],
  });
}

/** The seed story: BasicQueue, the FieldOffice template with Austin and Boston, and the bad-actors list. */
export const SEED_CONFIGS: readonly ConfigInput[] = [
  aConfig({ lookupKeys: ["+18005550100"] }),
  aFieldOfficeTemplate(),
  anInstance({ variables: [{ name: "OfficeName", value: "Austin" }] }),
  anInstance({ id: "Office-Boston", description: "Boston field office", variables: [], lookupKeys: ["+16175550100", "BOS"] }),
  aBadActorsList(),
];

export async function seedConfigs(store: ConfigStore, configs: readonly ConfigInput[] = SEED_CONFIGS): Promise<void> {
  for (const config of configs) await store.create(config, aChangeRecord());
}
