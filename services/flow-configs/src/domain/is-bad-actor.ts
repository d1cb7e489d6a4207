import { normalizePhoneNumber } from "@flow-configs/model/contact-flow";
import type { ConfigReader } from "#ports/config-reader";
import { ContactFlowError } from "./contact-flow-error";
import { parseContactFlowEvent } from "./contact-flow-event";
import { loadEffectiveConfig } from "./get-config";

export const DEFAULT_LIST_ID = "bad-actors";

/**
 * isBadActor: whether the caller (`ani`, else CustomerEndpoint.Address) is on a list config (`listId`,
 * default bad-actors) — a list holds one variable per number, in E.164: the caller is read by the same rule.
 */
export async function isBadActor(reader: ConfigReader, event: unknown): Promise<{ isBadActor: "true" | "false" }> {
  const input = parseContactFlowEvent(event);
  const listId = input.parameters.listId || DEFAULT_LIST_ID;
  const caller = input.parameters.ani || input.customerNumber;
  if (!caller) {
    throw new ContactFlowError("MalformedContactFlowEvent", "no caller to check: set the parameter ani or call with CustomerEndpoint.Address");
  }
  const read = normalizePhoneNumber(caller);
  const number = read.ok ? read.number : caller;
  const list = await loadEffectiveConfig(reader, listId);
  const listed = list.variables.some((variable) => variable.name === number);
  return { isBadActor: listed ? "true" : "false" };
}
