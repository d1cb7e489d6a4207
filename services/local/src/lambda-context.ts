import { randomUUID } from "node:crypto";
import type { Context } from "aws-lambda";

const ACCOUNT_ID = "000000000000";
const TIMEOUT_MS = 30_000;

/** A Lambda `Context` as the runtime passes it, for running a real handler in this process. */
export function lambdaContext(functionName: string, region: string): Context {
  const deadline = Date.now() + TIMEOUT_MS;
  const unsupported = () => {
    throw new Error("The local Lambda runtime supports async handlers only");
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:${region}:${ACCOUNT_ID}:function:${functionName}`,
    memoryLimitInMB: "512",
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/${functionName}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };
}
