import { fileURLToPath } from "node:url";
import { readPolicyFiles, type PolicyFiles } from "@flow-configs/service/authz/policy-files";

/** This module's Cedar folder; a bundled Lambda points `POLICIES_DIR` at its copy instead. */
export const CALLER_LISTS_POLICIES_DIR = fileURLToPath(new URL("../../policies", import.meta.url));

/** The Caller Lists schema and policies, the user-pool id substituted (the same reader as Flow Configs'). */
export function readCallerListsPolicies(userPoolId: string, dir: string = CALLER_LISTS_POLICIES_DIR): PolicyFiles {
  return readPolicyFiles(userPoolId, dir);
}
