import { bodyOf, type FlowConfig } from "@flow-configs/model";
import type { Principal } from "#ports/authorizer";
import { loadAuthorized } from "./config-access";
import type { UseCaseDeps } from "./use-case-deps";
import { replaceConfig } from "./write-config";

/**
 * PUT /flow-configs/{id}/lookup-keys (admin): a replace of the config with only its lookup keys changed, so
 * an office's keys change without sending its overrides back — with every check and the history of a PUT.
 */
export async function replaceLookupKeys(
  deps: UseCaseDeps,
  principal: Principal,
  id: string,
  expectedVersion: number | undefined,
  lookupKeys: string[],
): Promise<FlowConfig> {
  const { stored } = await loadAuthorized(deps, principal, id, "ReplaceConfig");
  return replaceConfig(deps, principal, id, expectedVersion, { ...bodyOf(stored), lookupKeys });
}
