import { isAbsolute, join, resolve } from "node:path";
import { DEFAULT_CALLER_LISTS_REMOTE_PORT } from "./caller-lists-module";
import type { LocalStackOptions } from "./stack";

type Environment = Record<string, string | undefined>;

/** The product's fixed local addresses; each can be moved by the environment variable of the same name. */
export const DEFAULT_PORTS = {
  API_PORT: 3000,
  LAMBDA_PORT: 3001,
  DYNAMODB_PORT: 8000,
  SHELL_PORT: 5173,
  REMOTE_PORT: 5174,
  WORKSPACE_PORT: 5175,
  REMOTE_CALLER_LISTS_PORT: DEFAULT_CALLER_LISTS_REMOTE_PORT,
} as const;

/** Reads `npm start`'s settings from the environment; a bad value is an error naming the variable. */
export function stackOptionsFromEnvironment(
  env: Environment,
  repoRoot: string,
  log: (line: string) => void,
): LocalStackOptions {
  const port = (name: keyof typeof DEFAULT_PORTS) => {
    const text = env[name];
    if (text === undefined || text === "") return DEFAULT_PORTS[name];
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1 || value > 65535) {
      throw new Error(`${name} must be a port number from 1 to 65535, not "${text}"`);
    }
    return value;
  };
  const ttl = Number(env.CONFIG_CACHE_TTL_SECONDS ?? "5");
  if (!Number.isFinite(ttl) || ttl < 0) {
    throw new Error(`CONFIG_CACHE_TTL_SECONDS must be a number of seconds, not "${env.CONFIG_CACHE_TTL_SECONDS}"`);
  }
  // A relative DATA_DIR means relative to where `npm start` was typed (npm runs us inside services/local).
  const dataDir = env.DATA_DIR
    ? isAbsolute(env.DATA_DIR)
      ? env.DATA_DIR
      : resolve(env.INIT_CWD ?? process.cwd(), env.DATA_DIR)
    : join(repoRoot, ".data");
  return {
    apiPort: port("API_PORT"),
    lambdaPort: port("LAMBDA_PORT"),
    dynamoDbPort: port("DYNAMODB_PORT"),
    shellPort: port("SHELL_PORT"),
    remotePort: port("REMOTE_PORT"),
    callerListsRemotePort: port("REMOTE_CALLER_LISTS_PORT"),
    workspacePort: port("WORKSPACE_PORT"),
    dataDir,
    inMemory: env.DYNAMODB_IN_MEMORY === "1",
    skipWeb: env.SKIP_WEB === "1",
    cacheTtlSeconds: ttl,
    log,
  };
}
