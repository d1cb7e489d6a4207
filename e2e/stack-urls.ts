/**
 * The local stack the end-to-end tests start, on ports away from the product's defaults (someone may be
 * running `npm start` on this machine). Each can be moved with the same variable `npm start` reads.
 */
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export const PORTS = {
  api: port("E2E_API_PORT", 4100),
  lambda: port("E2E_LAMBDA_PORT", 4101),
  dynamoDb: port("E2E_DYNAMODB_PORT", 4102),
  shell: port("E2E_SHELL_PORT", 4173),
  remote: port("E2E_REMOTE_PORT", 4174),
  callerListsRemote: port("E2E_CALLER_LISTS_REMOTE_PORT", 4176),
};

export const URLS = {
  api: `http://localhost:${PORTS.api}`,
  lambda: `http://localhost:${PORTS.lambda}`,
  shell: `http://localhost:${PORTS.shell}`,
  remote: `http://localhost:${PORTS.remote}`,
};

/** The environment `npm start` gets: our ports, an in-memory database, a throw-away data folder. */
export function stackEnvironment(dataDir: string): Record<string, string> {
  return {
    API_PORT: String(PORTS.api),
    LAMBDA_PORT: String(PORTS.lambda),
    DYNAMODB_PORT: String(PORTS.dynamoDb),
    SHELL_PORT: String(PORTS.shell),
    REMOTE_PORT: String(PORTS.remote),
    REMOTE_CALLER_LISTS_PORT: String(PORTS.callerListsRemote),
    DYNAMODB_IN_MEMORY: "1",
    DATA_DIR: dataDir,
    // The remote serves its JS and CSS cross-origin to this shell origin only.
    SHELL_ORIGINS: URLS.shell,
    // Changes reach getConfig at once: the tests do not wait out the Lambda's cache.
    CONFIG_CACHE_TTL_SECONDS: "0",
  };
}
