import { contactFlowEvent, type ContactFlowEventInput } from "@flow-configs/local-aws";

/**
 * A ContactFlowEvent (the shared builder) as the handler tests want it by default: a voice call has a caller
 * and a dialed number (BasicQueue's); a chat has neither unless given.
 */
export function aContactFlowEvent(input: ContactFlowEventInput = {}) {
  const voice = (input.channel ?? "VOICE") === "VOICE";
  return contactFlowEvent({ ...(voice ? { customerNumber: "+15555550123", dialedNumber: "+18005550100" } : {}), ...input });
}
