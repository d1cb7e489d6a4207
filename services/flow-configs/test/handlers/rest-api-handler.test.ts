import { captureLambdaOutput } from "@flow-configs/local-aws";
import type { APIGatewayProxyResult, Context } from "aws-lambda";
import { Hono } from "hono";
import { beforeAll, describe, expect, it } from "vitest";
import { aProxyEvent } from "../support/proxy-events";

beforeAll(() => {
  // Logs and EMF metrics on, as in Lambda; the logger and metrics read them once, when imported
  Object.assign(process.env, { POWERTOOLS_LOG_LEVEL: "DEBUG", POWERTOOLS_METRICS_DISABLED: "false" });
});

const context = { functionName: "fc-caller-lists-api", awsRequestId: "request-9", invokedFunctionArn: "arn", memoryLimitInMB: "512" } as Context;

describe("restApiHandler: every module's API Lambda entry point", () => {
  it("logs with the Lambda context and publishes what the request recorded", async () => {
    const { restApiHandler } = await import("../../src/handlers/rest-api");
    const { logger } = await import("../../src/observability/logger");
    const { recordRefusedSave } = await import("../../src/observability/metrics");
    const app = new Hono().get("/things", (c) => {
      logger.info("listing things");
      recordRefusedSave("Conflict");
      return c.json({ items: [] });
    });
    let result: APIGatewayProxyResult | undefined;
    const { documents, metricNames } = await captureLambdaOutput(async () => {
      result = (await restApiHandler(app)(aProxyEvent("GET", "/things"), context)) as APIGatewayProxyResult;
    });
    expect(result).toMatchObject({ statusCode: 200, body: JSON.stringify({ items: [] }) });
    expect(documents.find((entry) => entry.message === "listing things")).toMatchObject({ function_name: "fc-caller-lists-api", function_request_id: "request-9" });
    expect(metricNames).toEqual(["SaveRefused"]);
  });
});
