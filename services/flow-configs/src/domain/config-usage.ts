import { configUsage, usageSummary, usedConfig, type ConfigUsage, type FlowScan, type UsageSummary } from "@flow-configs/model";
import type { Principal } from "#ports/authorizer";
import { loadAuthorized, requireApiAccess } from "./config-access";
import { scanFlows, type ScannedFlows } from "./flow-scan";
import type { UseCaseDeps } from "./use-case-deps";

const NO_FLOWS: ScannedFlows = { scan: { flows: [], errors: [] }, scannedAt: new Date(0).toISOString() };

/** The analysed flows of the deployment (none when no directory is wired). */
export async function scannedFlows(deps: UseCaseDeps, refresh = false): Promise<ScannedFlows> {
  if (!deps.flows) return NO_FLOWS;
  return scanFlows(deps.flows, { refresh, ...(deps.getConfigNames ? { getConfigNames: deps.getConfigNames } : {}) });
}

const withErrors = (scan: FlowScan) => (scan.errors.length > 0 ? { errors: scan.errors } : {});

/** GET /flow-configs/{id}/usage: the flows that use the config (by id, or dynamically by lookup), and what each reads. */
export async function readConfigUsage(deps: UseCaseDeps, principal: Principal, id: string, refresh = false): Promise<ConfigUsage> {
  const { effective } = await loadAuthorized(deps, principal, id, "ViewUsage");
  const { scan, scannedAt } = await scannedFlows(deps, refresh);
  return { flows: configUsage(scan, usedConfig(effective)), scannedAt, ...withErrors(scan) };
}

/**
 * GET /flow-configs/usage?ids=: for a page of the list, how many flows name each config and how many reach
 * configs by lookup. Read from the flows alone, it reveals nothing of the store, so it needs list access only.
 */
export async function readUsageSummary(deps: UseCaseDeps, principal: Principal, ids: readonly string[]): Promise<UsageSummary> {
  await requireApiAccess(deps, principal);
  const { scan, scannedAt } = await scannedFlows(deps);
  return { ...usageSummary(scan, ids), scannedAt, ...withErrors(scan) };
}
