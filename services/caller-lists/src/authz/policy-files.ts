import { readPolicyFolder, type PolicyFiles } from "@flow-configs/cedar-authorizer";
import { fileURLToPath } from "node:url";

/** This module's Cedar folder; a bundled Lambda points `POLICIES_DIR` at its copy instead. */
export const CALLER_LISTS_POLICIES_DIR = fileURLToPath(new URL("../../policies", import.meta.url));

/** The Caller Lists schema and policies, the user-pool id substituted in group ids. */
export function readCallerListsPolicies(userPoolId: string, dir: string = CALLER_LISTS_POLICIES_DIR): PolicyFiles {
  return readPolicyFolder(dir, userPoolId);
}
