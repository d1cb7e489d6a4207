import type { Context } from "aws-lambda";
import { Hono } from "hono";
import { lambdaContext } from "./lambda-context";

/** A function the local runtime can run: any async Lambda handler. */
export type LocalFunction = (event: unknown, context: Context) => Promise<unknown>;

export interface LambdaInvokeOptions {
  /** Function names as deployed (`getConfig`) → handler. */
  functions: Readonly<Record<string, LocalFunction>>;
  region: string;
  /** Logs a function error the way CloudWatch would show it. */
  onFunctionError?: (functionName: string, error: unknown) => void;
}

/** Deployed names carry the stack prefix; local callers may use either. */
const NAME_PREFIX = "FlowConfigs-";

/**
 * The AWS Lambda Invoke API (`POST /2015-03-31/functions/{name}/invocations`), as `sam local start-lambda`
 * offers it, so the AWS CLI and `@aws-sdk/client-lambda` pointed at this server run the real handlers.
 */
export function lambdaInvokeRoutes({ functions, region, onFunctionError }: LambdaInvokeOptions): Hono {
  const app = new Hono();

  app.post("/2015-03-31/functions/:name/invocations", async (c) => {
    const requested = decodeURIComponent(c.req.param("name"));
    const functionName = resolveFunctionName(requested, Object.keys(functions));
    const handler = functionName ? functions[functionName] : undefined;
    if (!functionName || !handler) {
      return c.json(
        { Type: "User", message: `Function not found: ${requested}` },
        404,
        { "X-Amzn-ErrorType": "ResourceNotFoundException" },
      );
    }

    const payload = await c.req.text();
    let event: unknown;
    try {
      event = payload === "" ? {} : JSON.parse(payload);
    } catch {
      return c.json(
        { Type: "User", message: "Could not parse request body into json: the payload must be JSON" },
        400,
        { "X-Amzn-ErrorType": "InvalidRequestContentException" },
      );
    }

    const invocationType = c.req.header("X-Amz-Invocation-Type") ?? "RequestResponse";
    if (invocationType === "DryRun") return c.body(null, 204);
    // A handler that throws before its first await must still end as a function error, not a server error.
    const execution = Promise.resolve().then(() => handler(event, lambdaContext(functionName, region)));
    if (invocationType === "Event") {
      execution.catch((error: unknown) => onFunctionError?.(functionName, error));
      return c.body(null, 202);
    }

    try {
      const result = await execution;
      return c.body(JSON.stringify(result ?? null), 200, {
        "Content-Type": "application/json",
        "X-Amz-Executed-Version": "$LATEST",
      });
    } catch (error) {
      onFunctionError?.(functionName, error);
      return c.json(
        {
          errorMessage: error instanceof Error ? error.message : String(error),
          errorType: error instanceof Error ? error.name : "Error",
          stackTrace: error instanceof Error ? (error.stack?.split("\n").slice(1).map((line) => line.trim()) ?? []) : [],
        },
        200,
        { "X-Amz-Function-Error": "Unhandled", "X-Amz-Executed-Version": "$LATEST" },
      );
    }
  });

  return app;
}

/** Accepts `getConfig`, `FlowConfigs-getConfig`, and ARNs (with or without a qualifier) ending in either. */
export function resolveFunctionName(requested: string, known: readonly string[]): string | undefined {
  const afterFunction = requested.includes(":function:") ? requested.split(":function:")[1] ?? "" : requested;
  const bare = afterFunction.split(":")[0] ?? "";
  const name = bare.startsWith(NAME_PREFIX) ? bare.slice(NAME_PREFIX.length) : bare;
  return known.includes(name) ? name : undefined;
}
