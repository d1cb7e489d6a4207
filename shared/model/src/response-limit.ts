import { DomainError } from "./errors";
import { LIMITS } from "./limits";
import type { FlowConfig } from "./schemas";
import { maxResponseSize, type LargestResponse } from "./size-meters";

/** How many oversized instances a message names before it only counts the rest. */
const NAMED = 10;

type Oversized = LargestResponse & { id: string };

function oversized(config: FlowConfig): Oversized | null {
  // A list is served by isBadActor, never by getConfig: Connect's response limit does not apply to it
  if (config.kind === "list") return null;
  const largest = maxResponseSize(config);
  return largest.bytes > LIMITS.responseBytes ? { id: config.id, ...largest } : null;
}

const figures = ({ lang, channel, bytes }: LargestResponse) => `${lang}, ${channel}: ${bytes} bytes`;

/**
 * Refuses a save that would make getConfig's response exceed Amazon Connect's limit for any language ×
 * channel: `config` as the save leaves it and, for a template, each of its `instances` as they would then
 * resolve. The error names every config over the limit with its largest language, channel and size.
 */
export function checkResponseLimit(config: FlowConfig, instances: readonly FlowConfig[] = []): DomainError | null {
  const limit = `over Amazon Connect's ${LIMITS.responseBytes}-byte limit`;
  const own = oversized(config);
  if (own) return new DomainError("TooLarge", `getConfig would answer ${config.id} with ${own.bytes} bytes for ${own.lang} ${own.channel}, ${limit}`);
  const over = instances.flatMap((instance) => oversized(instance) ?? []);
  if (over.length === 0) return null;
  const named = over.slice(0, NAMED).map((instance) => `${instance.id} (${figures(instance)})`);
  const more = over.length > NAMED ? ` and ${over.length - NAMED} more` : "";
  const count = over.length === 1 ? "1 instance" : `${over.length} instances`;
  return new DomainError("TooLarge", `this change to template ${config.id} would make getConfig answer ${count} ${limit}: ${named.join(", ")}${more}`);
}
