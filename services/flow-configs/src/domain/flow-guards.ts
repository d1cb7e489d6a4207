import {
  DomainError,
  configUsage,
  flowsBrokenByDelete,
  flowsBrokenByShape,
  usedConfig,
  type FlowConfig,
  type FlowUsage,
  type Issue,
} from "@flow-configs/model";
import { scannedFlows } from "./config-usage";
import type { UseCaseDeps } from "./use-case-deps";

const FORCE_HINT = "send ?force=true to go ahead anyway";
const flowCount = (count: number) => `${count} contact ${count === 1 ? "flow" : "flows"}`;

/** DELETE: a config that a flow names by its id is in use (409), unless forced. */
export async function refuseBreakingDelete(deps: UseCaseDeps, config: FlowConfig, force: boolean): Promise<void> {
  if (force) return;
  const { scan } = await scannedFlows(deps);
  const broken = flowsBrokenByDelete(configUsage(scan, usedConfig(config)));
  if (broken.length === 0) return;
  const issues: Issue[] = broken.map((flow) => ({ path: flow.name, message: `invokes getConfig with id ${config.id}` }));
  throw new DomainError("InUse", `flow config ${config.id} is used by ${flowCount(broken.length)} (${broken.map((flow) => flow.name).join(", ")}); ${FORCE_HINT}`, issues);
}

/**
 * PUT: a new shape without a name some flow reads (removed or renamed) would break that flow (409), unless
 * forced. For a template, the flows of its instances count too: they read the template's names.
 */
export async function refuseBreakingShape(
  deps: UseCaseDeps,
  before: FlowConfig,
  after: Pick<FlowConfig, "variables" | "prompts">,
  instances: () => Promise<Pick<FlowConfig, "id" | "lookupKeys">[]>,
  force: boolean,
): Promise<void> {
  if (force) return;
  const names = [...after.variables, ...after.prompts].map((entry) => entry.name);
  const beforeNames = [...before.variables, ...before.prompts].map((entry) => entry.name);
  if (beforeNames.every((name) => names.includes(name))) return;
  const { scan } = await scannedFlows(deps);
  if (scan.flows.length === 0) return;
  const usages: FlowUsage[] = configUsage(scan, usedConfig(before));
  for (const instance of await instances()) usages.push(...configUsage(scan, { id: instance.id, lookupKeys: instance.lookupKeys, names: beforeNames }));
  const byFlow = new Map<string, { name: string; names: Set<string> }>();
  for (const { flow, names: lost } of flowsBrokenByShape(usages, names)) {
    const entry = byFlow.get(flow.id) ?? { name: flow.name, names: new Set<string>() };
    for (const name of lost) entry.names.add(name);
    byFlow.set(flow.id, entry);
  }
  if (byFlow.size === 0) return;
  const issues: Issue[] = [...byFlow.values()].map((flow) => ({ path: flow.name, message: `reads ${[...flow.names].sort().join(", ")}` }));
  const summary = issues.map((issue) => `${issue.path} ${issue.message}`).join("; ");
  throw new DomainError("InUse", `the new shape of ${before.id} drops names ${flowCount(byFlow.size)} read (${summary}); ${FORCE_HINT}`, issues);
}
