import { configAt, effectiveConfig, isInstance, LIMITS, resolveConfig, responseSize, type FlowConfig } from "@flow-configs/model/contact-flow";
import type { ConfigReader } from "#ports/config-reader";
import { ContactFlowError } from "./contact-flow-error";
import { parseContactFlowEvent, type ContactFlowInput } from "./contact-flow-event";
import { loadScheduledConfig } from "./scheduled-config";

export interface GetConfigOptions {
  /** The clock windows are resolved against (tests and the bench move it). */
  now?: () => number;
  /** Honour the `at` parameter (resolve at another instant): only the local stack allows it. */
  allowAt?: boolean;
}

/** The instant a call resolves at: now, or a local run's `at` parameter. */
function resolutionInstant(input: ContactFlowInput, options: GetConfigOptions): number {
  const at = input.parameters.at;
  const now = options.now ?? Date.now;
  if (at === undefined || at === "") return now();
  if (!options.allowAt) {
    throw new ContactFlowError("MalformedContactFlowEvent", "the parameter at (resolve at another instant) is for the local stack only: remove it from the flow");
  }
  const instant = /(Z|[+-]\d{2}:\d{2})$/.test(at) ? Date.parse(at) : Number.NaN;
  if (Number.isNaN(instant)) {
    throw new ContactFlowError("MalformedContactFlowEvent", `the parameter at must be an ISO-8601 instant with Z or an offset, such as 2026-12-25T06:00:00Z, not "${at}"`);
  }
  return instant;
}

/** The config id a contact asks for: `id`, else the `lookup` key, else the dialed number, through lookup keys. */
async function resolveConfigId(reader: ConfigReader, input: ContactFlowInput): Promise<string> {
  const { id, lookup } = input.parameters;
  if (id) return id;
  const key = lookup || input.dialedNumber;
  if (!key) {
    throw new ContactFlowError(
      "MalformedContactFlowEvent",
      "no config to look up: set the parameter id or lookup, or call from a dialed number (SystemEndpoint.Address)",
    );
  }
  const found = await reader.findIdByLookupKey(key);
  if (!found) {
    const source = lookup ? "parameter lookup" : "dialed number SystemEndpoint.Address";
    throw new ContactFlowError("UnknownLookupKey", `no flow config has the lookup key "${key}" (${source})`);
  }
  return found;
}

/** The effective config by id (an instance merged with its template), or a named failure. */
export async function loadEffectiveConfig(reader: ConfigReader, id: string): Promise<FlowConfig> {
  const stored = await reader.get(id);
  if (!stored) throw new ContactFlowError("UnknownFlowConfig", `no flow config "${id}"`);
  const template = isInstance(stored) ? await reader.get(stored.templateId) : null;
  if (isInstance(stored) && !template) {
    throw new ContactFlowError("TemplateMissing", `flow config "${id}" is an instance of "${stored.templateId}", which does not exist`);
  }
  return effectiveConfig(stored, template);
}

/**
 * getConfig: the flat map a contact flow reads as `$.External.<Name>` — every variable, and every prompt in
 * the contact's language (`lang`, else ContactData.LanguageCode, else the default) and channel, with the
 * scheduled windows that contain the moment of the call applied.
 */
export async function getConfig(reader: ConfigReader, event: unknown, options: GetConfigOptions = {}): Promise<Record<string, string>> {
  const input = parseContactFlowEvent(event);
  const instant = resolutionInstant(input, options);
  const id = await resolveConfigId(reader, input);
  const scheduled = reader.getScheduled ? await reader.getScheduled(id) : await loadScheduledConfig(reader, id);
  if (!scheduled) throw new ContactFlowError("UnknownFlowConfig", `no flow config "${id}"`);
  const config = configAt(scheduled.config, scheduled.schedule, instant);
  const lang = input.parameters.lang || input.languageCode;
  const values = resolveConfig(config, { ...(lang ? { lang } : {}), ...(input.channel ? { channel: input.channel } : {}) });
  const bytes = responseSize(values);
  if (bytes > LIMITS.responseBytes) {
    throw new ContactFlowError(
      "ResponseTooLarge",
      `flow config "${config.id}" resolves to ${bytes} bytes for ${lang ?? config.defaultLanguage}, over Amazon Connect's ${LIMITS.responseBytes}-byte limit`,
    );
  }
  return values;
}
