import { analyzeFlow, GET_CONFIG_FUNCTION_NAMES, type FlowAnalysis, type FlowReadError, type FlowScan, type FlowSource } from "@flow-configs/model";
import type { ContactFlowDirectory } from "#ports/contact-flow-directory";

export interface ScannedFlows {
  scan: FlowScan;
  scannedAt: string;
}

// Directories hand back the same source object for an unchanged flow (a cached Connect listing, an
// unmodified file): each flow is parsed and analysed once, not on every request. Keyed by getConfig's names.
const analysed = new Map<string, WeakMap<FlowSource, FlowAnalysis | FlowReadError>>();

function analysisOf(source: FlowSource, getConfigNames: readonly string[]): FlowAnalysis | FlowReadError {
  const key = getConfigNames.join(",");
  let cache = analysed.get(key);
  if (!cache) analysed.set(key, (cache = new WeakMap()));
  let analysis = cache.get(source);
  if (!analysis) {
    analysis = analyzeFlow(source, { getConfigNames });
    cache.set(source, analysis);
  }
  return analysis;
}

/** The directory's flows, analysed: getConfig calls, their configs, their reads, and the flows that would not parse. */
export async function scanFlows(flows: ContactFlowDirectory, options: { refresh?: boolean; getConfigNames?: readonly string[] } = {}): Promise<ScannedFlows> {
  const listing = await flows.list({ refresh: options.refresh ?? false });
  const scan: FlowScan = { flows: [], errors: [...listing.errors] };
  for (const source of listing.flows) {
    const analysis = analysisOf(source, options.getConfigNames ?? GET_CONFIG_FUNCTION_NAMES);
    if ("message" in analysis) scan.errors.push(analysis);
    else scan.flows.push(analysis);
  }
  scan.errors.sort((a, b) => a.name.localeCompare(b.name));
  return { scan, scannedAt: listing.scannedAt };
}
