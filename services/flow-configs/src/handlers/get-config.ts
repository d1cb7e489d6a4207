import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { logMetrics } from "@aws-lambda-powertools/metrics/middleware";
import middy from "@middy/core";
import { responseSize } from "@flow-configs/model/contact-flow";
import { getConfig } from "#domain/get-config";
import { contactFlowLogContext } from "#observability/contact-flow-log";
import { logger } from "#observability/logger";
import { metrics, recordResponseBytes } from "#observability/metrics";
import { createContactFlowReader } from "./contact-flow-reader";

const reader = createContactFlowReader();
// Only the local stack sets this: in AWS a flow cannot ask for another instant than the call's.
const options = { allowAt: process.env.FLOW_CONFIGS_ALLOW_AT_PARAMETER === "true" };

/** Amazon Connect "Invoke AWS Lambda function": ContactFlowEvent → flat map of variables and prompts. */
async function getConfigHandler(event: unknown): Promise<Record<string, string>> {
  try {
    const values = await getConfig(reader, event, options);
    recordResponseBytes(responseSize(values));
    return values;
  } catch (error) {
    // Thrown on purpose: the flow takes its Error branch; the log says why.
    logger.error("getConfig failed", { error, request: contactFlowLogContext(event) });
    throw error;
  }
}

export const handler = middy(getConfigHandler).use(injectLambdaContext(logger)).use(logMetrics(metrics));
