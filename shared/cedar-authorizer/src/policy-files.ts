import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { USER_POOL_PLACEHOLDER } from "./cedar-request";

export interface PolicyFiles {
  /** The `.cedarschema` text. */
  schema: string;
  /** Every `.cedar` file's text, by file name, with the user-pool id substituted. */
  policies: Record<string, string>;
}

/** Reads a module's Cedar folder (one schema, its policy files), substituting the user-pool placeholder in group ids. */
export function readPolicyFolder(dir: string, userPoolId: string): PolicyFiles {
  const files = readdirSync(dir).sort();
  const schemaFile = files.find((file) => file.endsWith(".cedarschema"));
  if (!schemaFile) throw new Error(`No .cedarschema file in ${dir}`);
  const policies: Record<string, string> = {};
  for (const file of files.filter((name) => name.endsWith(".cedar"))) {
    policies[file] = readFileSync(join(dir, file), "utf8").replaceAll(USER_POOL_PLACEHOLDER, userPoolId);
  }
  return { schema: readFileSync(join(dir, schemaFile), "utf8"), policies };
}
