import type { FlowConfig, FlowConfigBody, InstanceBody, StoredConfig, Variable } from "../src";

const metadata = { version: 1, updatedAt: "2026-11-24T10:00:00.000Z", updatedBy: "alex" };

export function variable(overrides: Partial<Variable> & Pick<Variable, "name">): Variable {
  return { type: "string", value: "", ...overrides };
}

/** The seed story's BasicQueue, as an admin would send it. */
export function basicQueueBody(overrides: Partial<FlowConfigBody> = {}): FlowConfigBody {
  return {
    id: "BasicQueue",
    kind: "standard",
    description: "Main inbound queue",
    languages: ["en-US", "es-US"],
    defaultLanguage: "en-US",
    variables: [
      variable({ name: "Closure", type: "boolean", value: "false", description: "Close the queue" }),
      variable({ name: "ClosureOfferCallback", type: "boolean", value: "false" }),
    ],
    prompts: [
      {
        name: "Welcome",
        values: {
          "en-US": { voice: "Thank you for calling.", chat: "Thank you for chatting with us." },
          "es-US": { voice: "Gracias por llamar." },
        },
      },
      { name: "ClosureMessage", values: { "en-US": { voice: "<speak>We are <emphasis>currently</emphasis> closed.</speak>" } } },
    ],
    lookupKeys: ["+18005550100"],
    templateId: null,
    ...overrides,
  };
}

export function stored<T extends FlowConfigBody | InstanceBody>(body: T, version = 1): T & typeof metadata {
  return { ...body, ...metadata, version };
}

export function basicQueue(overrides: Partial<FlowConfigBody> = {}): FlowConfig {
  return { ...stored(basicQueueBody(overrides)) };
}

export function fieldOfficeTemplate(): StoredConfig {
  return stored({
    id: "FieldOffice",
    kind: "standard",
    description: "Template for field offices",
    languages: ["en-US", "es-US"],
    defaultLanguage: "en-US",
    variables: [
      variable({ name: "OfficeName", value: "Field office" }),
      variable({ name: "OfficeOpen", type: "boolean", value: "true" }),
      variable({ name: "Region", type: "enum", value: "North", options: ["North", "South", "East", "West"] }),
    ],
    prompts: [
      { name: "OfficeGreeting", values: { "en-US": { voice: "Welcome to our office." }, "es-US": { voice: "Bienvenido a nuestra oficina." } } },
    ],
    lookupKeys: [],
    templateId: null,
  });
}

export function austinOffice(overrides: Partial<InstanceBody> = {}): StoredConfig {
  return stored({
    id: "Office-Austin",
    description: "Austin field office",
    templateId: "FieldOffice",
    variables: [{ name: "OfficeName", value: "Austin" }],
    prompts: [{ name: "OfficeGreeting", values: { "en-US": { voice: "Welcome to the Austin office." } } }],
    lookupKeys: ["+15125550100", "AUS"],
    ...overrides,
  });
}
