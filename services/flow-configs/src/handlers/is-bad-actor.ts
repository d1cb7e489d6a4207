import { isBadActor } from "#domain/is-bad-actor";
import { logger } from "#observability/logger";
import { createContactFlowReader } from "./contact-flow-reader";

const reader = createContactFlowReader();

/** Amazon Connect "Invoke AWS Lambda function": ContactFlowEvent → `{ isBadActor: "true" | "false" }`. */
export async function handler(event: unknown): Promise<{ isBadActor: "true" | "false" }> {
  try {
    return await isBadActor(reader, event);
  } catch (error) {
    logger.error("isBadActor failed", { error, parameters: (event as { Details?: { Parameters?: unknown } } | null)?.Details?.Parameters });
    throw error;
  }
}
