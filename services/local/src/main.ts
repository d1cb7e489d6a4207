import { REPO_ROOT, startLocalStack, type LocalStack } from "./stack";
import { stackOptionsFromEnvironment } from "./stack-environment";
import { waitUntilReady } from "./readiness";

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  // Node 20 is what this machine has; the SDK's notice about Node 22 is noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const options = stackOptionsFromEnvironment(process.env, REPO_ROOT, log);
  log(`Starting the Flow Configs local stack (data in ${options.inMemory ? "memory" : options.dataDir})…`);
  // Until the stack is up, a signal exits at once; the exit hooks kill the JVM and the web servers' groups.
  let onSignal = (signal: NodeJS.Signals): void => {
    log(`\n${signal} during start-up: stopping.`);
    process.exit(130);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => onSignal(signal));

  const stack = await startLocalStack(options);
  let stopping = false;
  onSignal = (signal) => {
    // A second Ctrl-C does not wait for a graceful stop.
    if (stopping) process.exit(1);
    stopping = true;
    log(`\n${signal}: stopping the local stack…`);
    void stack.stop().then(() => {
      log("Stopped.");
      process.exit(0);
    });
  };

  printBanner(stack, options.skipWeb);
  // Ready only when every part answers as itself; a part that stops, or never answers, ends the start.
  const readiness = await waitUntilReady(stack.readiness, { timeoutMs: READY_TIMEOUT_MS, failure: () => stack.failure() });
  if (stopping) return;
  if (readiness.ready) {
    log(options.skipWeb ? "\n  Ready (API and Lambda endpoint; web servers skipped).\n" : `\n  Ready: open ${stack.urls.shell}  (or ${stack.urls.workspace} to see it inside the agent workspace)\n`);
    return;
  }
  stopping = true;
  const why = readiness.failure
    ? `the ${readiness.failure.part} failed: ${readiness.failure.reason}`
    : `no answer within ${READY_TIMEOUT_MS / 60_000} minutes from ${readiness.waitingFor.join(", ")}`;
  console.error(`\nThe local stack could not start: ${why}`);
  await stack.stop();
  process.exit(1);
}

// The first start builds the shell and the remote: minutes on a busy machine (the e2e config allows ten).
const READY_TIMEOUT_MS = 600_000;

function printBanner(stack: LocalStack, skipWeb: boolean): void {
  const { urls } = stack;
  const lines = [
    "",
    "  Flow Configs — local stack",
    "",
    skipWeb
      ? "  Web servers skipped (SKIP_WEB=1)."
      : `  Open:             ${urls.shell}   (the shell is building; "Ready" follows when it answers)`,
    "",
    `  REST API          ${urls.api}/flow-configs     (OpenAPI: ${urls.api}/openapi.json)`,
    `  Sign-in page      ${urls.api}/local/sign-in`,
    `  Token for scripts POST ${urls.api}/local/token  {"username":"alex"}`,
    `  OIDC discovery    ${urls.discovery}`,
    `  Lambda Invoke API ${urls.lambda}   (npm run invoke -- getConfig id=BasicQueue)`,
    `  DynamoDB Local    ${urls.dynamoDb}   (table flow-configs)`,
    ...Object.entries(urls.remotes).map(([id, remote]) => `  Module ${id.padEnd(11)}${remote}/remoteEntry.js`),
    skipWeb ? "" : `  Agent workspace   ${urls.workspace}   (the shell framed as Amazon Connect frames it)`,
    `  Shell config      ${urls.runtimeConfigFile}`,
    "",
    stack.seeded.length > 0 ? `  Seeded: ${stack.seeded.join(", ")}` : "  Existing data kept (no seed).",
    ...stack.webProblems.map((problem) => `  Not started: ${problem}. The API and Lambda endpoint run without it.`),
    "",
    "  Ctrl-C stops everything.",
    "",
  ];
  log(lines.join("\n"));
}

main().catch((error: unknown) => {
  console.error(`\nThe local stack could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
