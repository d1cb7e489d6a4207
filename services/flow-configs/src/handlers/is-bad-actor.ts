import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { logMetrics } from "@aws-lambda-powertools/metrics/middleware";
import middy from "@middy/core";
import { isBadActor } from "#domain/is-bad-actor";
import { contactFlowLogContext } from "#observability/contact-flow-log";
import { logger } from "#observability/logger";
import { metrics } from "#observability/metrics";
import { createContactFlowReader } from "./contact-flow-reader";

const reader = createContactFlowReader();

/** Amazon Connect "Invoke AWS Lambda function": ContactFlowEvent → `{ isBadActor: "true" | "false" }`. */
async function isBadActorHandler(event: unknown): Promise<{ isBadActor: "true" | "false" }> {
  try {
    return await isBadActor(reader, event);
  } catch (error) {
    logger.error("isBadActor failed", { error, request: contactFlowLogContext(event) });
    throw error;
  }
}

export const handler = middy(isBadActorHandler).use(injectLambdaContext(logger)).use(logMetrics(metrics));
