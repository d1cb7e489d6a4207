import { readFileSync } from "node:fs";
import { FlowConfigsConfigSchema, type FlowConfigsConfig } from "./flow-configs-config";

/** A config file that cannot be deployed; the message names every bad field. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Validates a parsed config, naming each bad field (`primary.connect.instanceArn: must be ...`). */
export function parseConfig(json: unknown, source = "config"): FlowConfigsConfig {
  const result = FlowConfigsConfigSchema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  throw new ConfigError(`${source} is not valid:\n${lines.join("\n")}`);
}

/** Reads and validates the JSON config file before any construct is built. */
export function loadConfig(path: string): FlowConfigsConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new ConfigError(`config file ${path} not found: copy config/flow-configs.config.example.json and fill it in`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path} is not JSON: ${(error as Error).message}`);
  }
  return parseConfig(json, path);
}
