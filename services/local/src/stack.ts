import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  createLocalIdentityProvider,
  dynamoDbLocalEndpoint,
  findFreePort,
  LOCAL_AWS_CREDENTIALS,
  LOCAL_AWS_REGION,
  startDynamoDbLocal,
  type DynamoDbLocal,
} from "@flow-configs/local-aws";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { fromProxyResult, toProxyEvent, type ProxyHandler } from "./api-gateway-proxy";
import { callerListsApiRoutes, callerListsEnvironment, startCallerLists } from "./caller-lists-module";
import { listen } from "./http-server";
import { identityRoutes } from "./identity-routes";
import { lambdaContext } from "./lambda-context";
import { lambdaInvokeRoutes, type LocalFunction } from "./lambda-invoke-routes";
import { presentModules, remoteUrl as moduleRemoteUrl, remoteWebServer } from "./local-modules";
import { localRuntimeConfig, writeRuntimeConfig } from "./runtime-config-file";
import { seedWhenEmpty } from "./seed/seed-store";
import { loadOrCreateSigningKey } from "./signing-key-file";
import { apiCheck, lambdaCheck, pageCheck, remoteCheck, shellCheck, type PartFailure, type ReadinessCheck } from "./readiness";
import { assertPortFree, missingServeScript, startWebServer, type WebServer, type WebServerSpec } from "./web-servers";
import { startWorkspaceServer } from "./workspace/workspace-server";

export const TABLE_NAME = "flow-configs";
export const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

export interface LocalStackOptions {
  /** Each port: 0 picks a free one (tests). */
  apiPort: number;
  lambdaPort: number;
  dynamoDbPort: number;
  shellPort: number;
  /** The Flow Configs remote. */
  remotePort: number;
  /** The Caller Lists remote, when apps/caller-lists is in the checkout. */
  callerListsRemotePort: number;
  /** The local agent workspace page, framing the shell. */
  workspacePort: number;
  /** Holds `dynamodb/`, the identity provider's key and the shell's `config.json`. */
  dataDir: string;
  /** DynamoDB Local in memory: nothing kept after stop (e2e tests). */
  inMemory: boolean;
  /** API and Lambda endpoint only: no shell, no remote. */
  skipWeb: boolean;
  /** How long getConfig caches a config, in seconds (the handlers' `CONFIG_CACHE_TTL_SECONDS`). */
  cacheTtlSeconds: number;
  log: (line: string) => void;
}

export interface LocalStackUrls {
  shell: string;
  /** The Flow Configs remote. */
  remote: string;
  /** Every module remote this checkout serves, by module id. */
  remotes: Record<string, string>;
  /** The local agent workspace page. */
  workspace: string;
  api: string;
  lambda: string;
  dynamoDb: string;
  discovery: string;
  runtimeConfigFile: string;
}

export interface LocalStack {
  urls: LocalStackUrls;
  /** Configs written by the seed on this start (empty when the table already held data). */
  seeded: string[];
  /** Web servers that could not be started, with the reason. */
  webProblems: string[];
  /** Every part that must answer as itself before `npm start` says Ready; a part started later appends its own. */
  readiness: ReadinessCheck[];
  /** The first part that stopped on its own (a web server that crashed), or null. */
  failure(): PartFailure | null;
  stop(): Promise<void>;
}

/**
 * Starts the whole local stack. The handlers read their environment once, when first imported, so a
 * process runs one stack configuration: a second start in the same process must use the same ports.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const stoppers: (() => Promise<void>)[] = [];
  // All at once: each part stops on its own, and Ctrl-C should not wait for them one by one.
  const stop = async () => {
    await Promise.all(
      stoppers.splice(0).map((stopOne) => stopOne().catch((error: unknown) => options.log(`While stopping: ${String(error)}`))),
    );
  };
  try {
    return await start(options, stoppers, stop);
  } catch (error) {
    await stop();
    throw error;
  }
}

async function start(
  options: LocalStackOptions,
  stoppers: (() => Promise<void>)[],
  stop: () => Promise<void>,
): Promise<LocalStack> {
  const shellUrl = `http://localhost:${options.shellPort}`;
  const remoteUrl = `http://localhost:${options.remotePort}`;
  const webOrigins = [shellUrl, remoteUrl, `http://127.0.0.1:${options.shellPort}`, `http://127.0.0.1:${options.remotePort}`];
  const modules = presentModules(REPO_ROOT);

  const provider = await createLocalIdentityProvider({
    privateJwk: await loadOrCreateSigningKey(join(options.dataDir, "local-identity-provider-key.json")),
  });

  // The handlers' environment names the API's own port (their JWKS address), so it is fixed up front.
  const apiPort = options.apiPort || (await findFreePort());
  const apiUrl = `http://localhost:${apiPort}`;
  // Requests that arrive while the store is being created and seeded get a 503.
  const loaded: { apiHandler?: ProxyHandler; callerListsHandler?: ProxyHandler } = {};
  const apiApp = new Hono();
  for (const path of ["/.well-known/*", "/local/*"]) apiApp.use(path, cors({ origin: webOrigins }));
  apiApp.route("/", identityRoutes({ provider, providerUrl: apiUrl, shellUrl }));
  apiApp.route("/", callerListsApiRoutes(() => loaded.callerListsHandler, LOCAL_AWS_REGION));
  apiApp.all("*", async (c) => {
    const { apiHandler } = loaded;
    if (!apiHandler) return c.json({ code: "Unavailable", message: "The local API is still starting" }, 503);
    const event = await toProxyEvent(c.req.raw, "127.0.0.1");
    return fromProxyResult(await apiHandler(event, lambdaContext("FlowConfigs-api", LOCAL_AWS_REGION)));
  });
  const apiServer = await listen(apiApp, apiPort, "API_PORT");
  stoppers.push(() => apiServer.close());

  // Listening before the slow start-up steps makes a taken port fail fast; functions are added once loaded.
  const functions: Record<string, LocalFunction> = {};
  const lambdaServer = await listen(
    lambdaInvokeRoutes({
      functions,
      region: LOCAL_AWS_REGION,
      onFunctionError: (name, error) =>
        options.log(`[lambda] ${name} failed: ${error instanceof Error ? error.message : String(error)}`),
    }),
    options.lambdaPort,
    "LAMBDA_PORT",
  );
  stoppers.push(() => lambdaServer.close());

  const started = Date.now();
  const step = (what: string) => options.log(`  ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  // The shell and remote build while the JVM starts: they only need the addresses, known by now.
  const runtimeConfigFile = join(options.dataDir, "config.json");
  const remoteUrls = modules.map((module) => moduleRemoteUrl(module, options));
  const entries = modules.map((module, index) => module.entry({ remoteUrl: remoteUrls[index] ?? "", apiUrl }));
  const runtimeConfig = localRuntimeConfig({ issuer: provider.issuer, providerUrl: apiUrl, clientId: provider.clientId, modules: entries });
  writeRuntimeConfig(runtimeConfigFile, runtimeConfig);
  const readiness: ReadinessCheck[] = [apiCheck(apiUrl, provider.issuer), lambdaCheck(`http://localhost:${lambdaServer.port}`)];
  const webServers: WebServer[] = [];
  const webProblems = options.skipWeb ? [] : await startWebServers(options, runtimeConfigFile, stoppers, webServers);
  const workspaceUrl = `http://127.0.0.1:${options.workspacePort}`;
  if (!options.skipWeb) {
    const served = new Set(webServers.map((server) => server.label));
    if (served.has("shell")) readiness.push(shellCheck(shellUrl, runtimeConfig));
    modules.forEach((module, index) => {
      const entry = runtimeConfig.modules[index];
      if (entry && served.has(remoteWebServer(module, options).label)) readiness.push(remoteCheck(entry.remoteEntry, entry.id));
    });
    await assertPortFree(options.workspacePort, "WORKSPACE_PORT");
    const workspaceServer = await startWorkspaceServer({ port: options.workspacePort, shellUrl, region: LOCAL_AWS_REGION });
    stoppers.push(() => workspaceServer.close());
    readiness.push(pageCheck("workspace page", workspaceUrl, "Agent workspace"));
  }

  const dynamoDbPort = options.dynamoDbPort || (await findFreePort());
  // Flows exported from the console are dropped here; the repo's sample flows are read beside them.
  const contactFlowsDir = join(options.dataDir, "contact-flows");
  mkdirSync(contactFlowsDir, { recursive: true });
  Object.assign(process.env, {
    CONTACT_FLOW_DIRS: [join(REPO_ROOT, "infra", "contact-flows"), contactFlowsDir].join(","),
    TABLE_NAME,
    AWS_REGION: LOCAL_AWS_REGION,
    AWS_DEFAULT_REGION: LOCAL_AWS_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_AWS_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_AWS_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: dynamoDbLocalEndpoint(dynamoDbPort),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    COGNITO_USER_POOL_ID: provider.userPoolId,
    COGNITO_CLIENT_ID: provider.clientId,
    COGNITO_JWKS_URI: `http://127.0.0.1:${apiPort}/.well-known/jwks.json`,
    CORS_ALLOWED_ORIGINS: webOrigins.join(","),
    CONFIG_CACHE_TTL_SECONDS: String(options.cacheTtlSeconds),
    FLOW_CONFIGS_ALLOW_AT_PARAMETER: "true",
    POWERTOOLS_SERVICE_NAME: "flow-configs",
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? "WARN",
    // The handlers' EMF metrics are for CloudWatch; locally they would print a JSON line per call
    POWERTOOLS_METRICS_DISABLED: process.env.POWERTOOLS_METRICS_DISABLED ?? "true",
    ...callerListsEnvironment(),
  });

  // The handlers' code loads while the JVM starts; they only reach DynamoDB on their first request.
  const [dynamoStart, codeLoad] = await Promise.allSettled([
    startDynamoDbLocal({ port: dynamoDbPort, inMemory: options.inMemory, dbPath: join(options.dataDir, "dynamodb") }),
    Promise.all([
      import("@flow-configs/service/adapters/dynamodb-table"),
      import("@flow-configs/service/adapters/dynamodb-config-store"),
      import("@flow-configs/service/handlers/api"),
      import("@flow-configs/service/handlers/get-config"),
      import("@flow-configs/service/handlers/is-bad-actor"),
    ]),
  ]);
  if (dynamoStart.status === "rejected") throw dynamoStart.reason;
  const dynamo: DynamoDbLocal = dynamoStart.value;
  stoppers.push(() => dynamo.stop());
  if (codeLoad.status === "rejected") throw codeLoad.reason;
  const [{ createConfigTable }, { DynamoDbConfigStore }, api, getConfig, isBadActor] = codeLoad.value;
  step(`DynamoDB Local answering on port ${dynamo.port}, handlers loaded`);

  const dynamoDbClient = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region: LOCAL_AWS_REGION,
    credentials: LOCAL_AWS_CREDENTIALS,
  });
  stoppers.push(async () => dynamoDbClient.destroy());
  await createConfigTable(dynamoDbClient, TABLE_NAME);
  step(`Table ${TABLE_NAME} ready`);
  const store = new DynamoDbConfigStore(dynamoDbClient, TABLE_NAME);
  const seeded = await seedWhenEmpty(dynamoDbClient, TABLE_NAME, store);
  if (seeded.length > 0) step(`Seeded ${seeded.length} configs`);
  const callerLists = await startCallerLists(dynamoDbClient);
  if (callerLists.seeded.length > 0) step(`Seeded caller lists ${callerLists.seeded.join(", ")}`);

  loaded.apiHandler = api.handler;
  functions.getConfig = getConfig.handler;
  functions.isBadActor = isBadActor.handler;
  loaded.callerListsHandler = callerLists.api;
  functions.checkCallerList = callerLists.checkCallerList;

  return {
    urls: {
      shell: shellUrl,
      remote: remoteUrl,
      remotes: Object.fromEntries(entries.map((entry, index) => [entry.id, remoteUrls[index] ?? ""])),
      workspace: workspaceUrl,
      api: apiUrl,
      lambda: `http://localhost:${lambdaServer.port}`,
      dynamoDb: `http://localhost:${dynamo.port}`,
      discovery: `${apiUrl}/.well-known/openid-configuration`,
      runtimeConfigFile,
    },
    seeded,
    webProblems,
    readiness,
    failure: () => webServers.map((server) => server.failure()).find((failure) => failure !== null) ?? null,
    stop,
  };
}

/** Starts the shell and the remote (after checking their ports are free), into `started`; returns what could not start. */
async function startWebServers(
  options: LocalStackOptions,
  runtimeConfigFile: string,
  stoppers: (() => Promise<void>)[],
  started: WebServer[],
): Promise<string[]> {
  const specs: WebServerSpec[] = [
    {
      label: "shell",
      workspace: "@flow-configs/shell",
      folder: "shell",
      env: { PORT: String(options.shellPort), RUNTIME_CONFIG_FILE: runtimeConfigFile, REMOTE_PORT: String(options.remotePort) },
      port: { number: options.shellPort, variable: "SHELL_PORT" },
    },
    ...presentModules(REPO_ROOT).map((module) => remoteWebServer(module, options)),
  ];
  const problems: string[] = [];
  const servable: WebServerSpec[] = [];
  for (const spec of specs) {
    const problem = missingServeScript(REPO_ROOT, spec);
    if (problem) problems.push(problem);
    else servable.push(spec);
  }
  // A taken port is an error before anything builds: vite would otherwise fail minutes later.
  for (const spec of servable) if (spec.port) await assertPortFree(spec.port.number, spec.port.variable);
  for (const spec of servable) {
    const server: WebServer = startWebServer(REPO_ROOT, spec, options.log);
    started.push(server);
    stoppers.push(() => server.stop());
  }
  return problems;
}
