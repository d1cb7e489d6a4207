import type { FlowConfigBody, InstanceBody, Prompt, ScheduledChange, Variable } from "@flow-configs/model";
import type { ChangeRecord } from "../../src/ports/config-store";

/** A boolean variable such as `Closure`. */
export function aVariable(overrides: Partial<Variable> = {}): Variable {
  return { name: "Closure", type: "boolean", value: "false", description: "Close the queue", ...overrides };
}

/** A prompt with an en-US voice and chat text and an es-US voice text, such as `Welcome`. */
export function aPrompt(overrides: Partial<Prompt> = {}): Prompt {
  return {
    name: "Welcome",
    values: {
      "en-US": { voice: "Thank you for calling.", chat: "Thank you for chatting with us." },
      "es-US": { voice: "Gracias por llamar." },
    },
    ...overrides,
  };
}

/** A standalone config shaped like the seed's `BasicQueue`. */
export function aConfig(overrides: Partial<FlowConfigBody> = {}): FlowConfigBody {
  return {
    id: "BasicQueue",
    kind: "standard",
    description: "Main inbound queue",
    languages: ["en-US", "es-US"],
    defaultLanguage: "en-US",
    variables: [aVariable(), aVariable({ name: "ClosureOfferCallback", description: undefined })],
    prompts: [aPrompt(), aPrompt({ name: "ClosureMessage", values: { "en-US": { voice: "We are currently closed." } } })],
    lookupKeys: [],
    templateId: null,
    ...overrides,
  };
}

/** A template instance that keeps only its overrides, such as `Office-Austin` of `FieldOffice`. */
export function anInstance(overrides: Partial<InstanceBody> = {}): InstanceBody {
  return {
    id: "Office-Austin",
    description: "Austin field office",
    templateId: "FieldOffice",
    variables: [{ name: "Closure", value: "true" }],
    prompts: [],
    lookupKeys: ["+15125550100", "AUS"],
    ...overrides,
  };
}

/** Who changed what, when: the history record a write takes. */
export function aChangeRecord(overrides: Partial<ChangeRecord> = {}): ChangeRecord {
  return { action: "create", by: "alex", at: "2026-11-24T10:00:00.000Z", changes: [], ...overrides };
}

/** A window in which `patch` is in effect (by default: Closure=true over Christmas Day, UTC). */
export function aScheduledChange(overrides: Partial<ScheduledChange> = {}): ScheduledChange {
  return {
    id: "christmas",
    from: "2026-12-25T00:00:00Z",
    to: "2026-12-26T00:00:00Z",
    patch: { variables: [{ name: "Closure", value: "true" }], prompts: [] },
    createdBy: "morgan",
    createdAt: "2026-12-01T10:00:00.000Z",
    ...overrides,
  };
}
