import type { FlowConfig } from "../schemas";
import type { FlowAnalysis, FlowScan } from "./analyze-flow";
import type { ConfigTarget } from "./get-config-invocation";
import type { FlowUsage, UsageSummary } from "./usage-schemas";

/** What the analysis needs to know of a config: its id, its lookup keys and the names it defines. */
export interface UsedConfig {
  id: string;
  lookupKeys: readonly string[];
  names: readonly string[];
}

/** A config as the analysis sees it: variables and prompts share one namespace of names. */
export function usedConfig(config: Pick<FlowConfig, "id" | "lookupKeys" | "variables" | "prompts">): UsedConfig {
  return { id: config.id, lookupKeys: config.lookupKeys, names: [...config.variables, ...config.prompts].map((entry) => entry.name) };
}

/** Whether a target reaches the config, and how: by its id (literal) or otherwise (dynamic). */
function reach(target: ConfigTarget, config: Pick<UsedConfig, "id" | "lookupKeys">): "literal" | "dynamic" | null {
  if (target.kind === "id") return target.id === config.id ? "literal" : null;
  if (target.kind === "lookup") return config.lookupKeys.includes(target.key) ? "dynamic" : null;
  return config.lookupKeys.length > 0 ? "dynamic" : null;
}

function flowUsage(flow: FlowAnalysis, config: UsedConfig): FlowUsage | null {
  const reads = new Set<string>();
  let reached = false;
  let literal = false;
  for (const invocation of flow.invocations) {
    const how = reach(invocation.target, config);
    if (!how) continue;
    reached = true;
    literal ||= how === "literal";
    for (const name of invocation.reads) reads.add(name);
  }
  if (!reached) return null;
  const defined = new Set(config.names);
  const sorted = [...reads].sort();
  return { id: flow.id, name: flow.name, type: flow.type, dynamic: !literal, reads: sorted, undefinedReads: sorted.filter((name) => !defined.has(name)) };
}

/** The flows that use a config, by name, with what each reads and which of those the config lacks. */
export function configUsage(scan: FlowScan, config: UsedConfig): FlowUsage[] {
  return scan.flows
    .map((flow) => flowUsage(flow, config))
    .filter((usage): usage is FlowUsage => usage !== null)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The flows that name a config by its id: deleting it breaks them. */
export function flowsBrokenByDelete(usages: readonly FlowUsage[]): FlowUsage[] {
  return usages.filter((usage) => !usage.dynamic);
}

/** The flows that read a name the new shape no longer has (removed or renamed), each with those names. */
export function flowsBrokenByShape(usages: readonly FlowUsage[], names: readonly string[]): { flow: FlowUsage; names: string[] }[] {
  const kept = new Set(names);
  return usages
    .map((flow) => ({ flow, names: flow.reads.filter((name) => !kept.has(name) && !flow.undefinedReads.includes(name)) }))
    .filter((broken) => broken.names.length > 0);
}

/** For a page of configs: the flows naming each by id, and the count of flows that reach configs by lookup. */
export function usageSummary(scan: FlowScan, ids: readonly string[]): Omit<UsageSummary, "scannedAt" | "errors"> {
  const named = new Map(ids.map((id) => [id, 0]));
  let dynamicFlows = 0;
  for (const flow of scan.flows) {
    const literalIds = new Set<string>();
    let dynamic = false;
    for (const { target } of flow.invocations) {
      if (target.kind === "id") literalIds.add(target.id);
      else dynamic = true;
    }
    for (const id of literalIds) if (named.has(id)) named.set(id, (named.get(id) as number) + 1);
    if (dynamic) dynamicFlows += 1;
  }
  return { configs: ids.map((id) => ({ id, flows: named.get(id) as number })), dynamicFlows };
}

/** Whether no flow may use a config: none names it, and none reaches it by lookup (or it has no lookup keys). */
export function isUnused(summary: Pick<UsageSummary, "configs" | "dynamicFlows">, config: Pick<UsedConfig, "id" | "lookupKeys">): boolean {
  const named = summary.configs.find((entry) => entry.id === config.id)?.flows ?? 0;
  return named === 0 && (summary.dynamicFlows === 0 || config.lookupKeys.length === 0);
}
