import type { FlowConfig, FlowConfigBody, QuickAction } from "@flow-configs/model";
import { basicQueue } from "./factories";

/** The seed's fire-alarm action: close the queue and offer no callback. */
export const fireClosure = (overrides: Partial<QuickAction> = {}): QuickAction => ({
  name: "Fire closure",
  description: "The building is being evacuated",
  patch: {
    variables: [
      { name: "Closure", value: "true" },
      { name: "ClosureOfferCallback", value: "false" },
    ],
    prompts: [],
  },
  ...overrides,
});

/** BasicQueue with a time zone, the two-person rule and a quick action. */
export const safeChangeQueue = (overrides: Partial<FlowConfigBody> = {}): FlowConfigBody =>
  basicQueue({ timeZone: "America/Chicago", approval: "required", quickActions: [fireClosure()], ...overrides });

/** A body as the API serves it back, with its metadata. */
export const served = (body: FlowConfigBody): FlowConfig => ({ ...body, version: 3, updatedAt: "2026-11-24T10:00:00.000Z", updatedBy: "alex" });
