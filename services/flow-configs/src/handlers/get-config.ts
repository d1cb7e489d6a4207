import { getConfig } from "#domain/get-config";
import { logger } from "#observability/logger";
import { createContactFlowReader } from "./contact-flow-reader";

const reader = createContactFlowReader();
// Only the local stack sets this: in AWS a flow cannot ask for another instant than the call's.
const options = { allowAt: process.env.FLOW_CONFIGS_ALLOW_AT_PARAMETER === "true" };

/** Amazon Connect "Invoke AWS Lambda function": ContactFlowEvent → flat map of variables and prompts. */
export async function handler(event: unknown): Promise<Record<string, string>> {
  try {
    return await getConfig(reader, event, options);
  } catch (error) {
    // Thrown on purpose: the flow takes its Error branch; the log says why.
    logger.error("getConfig failed", { error, parameters: (event as { Details?: { Parameters?: unknown } } | null)?.Details?.Parameters });
    throw error;
  }
}
