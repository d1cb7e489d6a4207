import { readPolicyFolder, type PolicyFiles } from "@flow-configs/cedar-authorizer";
import { fileURLToPath } from "node:url";

/** The repo's policies folder; a bundled Lambda points `POLICIES_DIR` at its copy instead. */
export const DEFAULT_POLICIES_DIR = fileURLToPath(new URL("../../policies", import.meta.url));

/** The Flow Configs schema and policies, the user-pool id substituted in group ids. */
export function readPolicyFiles(userPoolId: string, dir: string = DEFAULT_POLICIES_DIR): PolicyFiles {
  return readPolicyFolder(dir, userPoolId);
}
