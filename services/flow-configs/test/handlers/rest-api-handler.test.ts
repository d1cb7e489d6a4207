import type { APIGatewayProxyResult, Context } from "aws-lambda";
import { Hono } from "hono";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { aProxyEvent } from "../support/proxy-events";

let output: string[];

beforeAll(() => {
  // Logs and EMF metrics on, as in Lambda; the logger and metrics read them once, when imported
  Object.assign(process.env, { POWERTOOLS_LOG_LEVEL: "DEBUG", POWERTOOLS_METRICS_DISABLED: "false" });
});

// Powertools writes logs and EMF documents to stdout, one JSON document a line
beforeEach(() => {
  output = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    output.push(String(chunk));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

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
    const result = (await restApiHandler(app)(aProxyEvent("GET", "/things"), context)) as APIGatewayProxyResult;
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ items: [] });
    const lines = output.flatMap((chunk) => chunk.split("\n")).filter((line) => line.startsWith("{"));
    const log = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => entry.message === "listing things");
    expect(log).toMatchObject({ function_name: "fc-caller-lists-api", function_request_id: "request-9" });
    expect(lines.some((line) => line.includes('"CloudWatchMetrics"') && line.includes('"SaveRefused"'))).toBe(true);
  });
});
