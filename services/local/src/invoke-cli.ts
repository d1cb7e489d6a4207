import { contactFlowEvent } from "@flow-configs/local-aws";
import { INVOKE_USAGE, parseInvokeArguments } from "./invoke-arguments";

/** `npm run invoke`: sends a Connect event to the local Lambda Invoke endpoint, as a contact flow would. */
async function main(): Promise<number> {
  const request = parseInvokeArguments(process.argv.slice(2));
  if (typeof request === "string") {
    console.error(`${request}\n\n${INVOKE_USAGE}`);
    return 2;
  }
  const lambdaUrl = process.env.LAMBDA_URL ?? "http://localhost:3001";
  const url = `${lambdaUrl}/2015-03-31/functions/${encodeURIComponent(request.functionName)}/invocations`;
  const response = await fetch(url, { method: "POST", body: JSON.stringify(contactFlowEvent(request.event)) }).catch(
    (error: unknown) => {
      throw new Error(`Cannot reach the Lambda endpoint at ${lambdaUrl} — is \`npm start\` running?`, { cause: error });
    },
  );
  const body = await response.text();
  if (!response.ok) {
    console.error(`${request.functionName}: HTTP ${response.status} ${body}`);
    return 1;
  }
  if (response.headers.get("x-amz-function-error")) {
    const failure = JSON.parse(body) as { errorType?: string; errorMessage?: string };
    console.error(`${request.functionName} failed (the flow takes its Error branch): ${failure.errorType ?? "Error"}: ${failure.errorMessage ?? body}`);
    return 1;
  }
  console.log(JSON.stringify(JSON.parse(body), null, 2));
  console.log(`\n${Buffer.byteLength(body, "utf8")} bytes (Amazon Connect's limit is 32768)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
