import { analyzeFlows, type FlowScan } from "@flow-configs/model";
import type { ContactFlowDirectory, ContactFlowListing } from "#ports/contact-flow-directory";

export interface ScannedFlows {
  scan: FlowScan;
  scannedAt: string;
}

// A cached Connect listing is the same object until it is refreshed: analysed once, not on every request.
const analysed = new WeakMap<ContactFlowListing, FlowScan>();

/** The directory's flows, analysed: getConfig calls, their configs, their reads, and the flows that would not parse. */
export async function scanFlows(flows: ContactFlowDirectory, options: { refresh?: boolean; getConfigNames?: readonly string[] } = {}): Promise<ScannedFlows> {
  const listing = await flows.list({ refresh: options.refresh ?? false });
  let scan = analysed.get(listing);
  if (!scan) {
    const analysis = analyzeFlows(listing.flows, options.getConfigNames ? { getConfigNames: options.getConfigNames } : {});
    scan = { flows: analysis.flows, errors: [...listing.errors, ...analysis.errors].sort((a, b) => a.name.localeCompare(b.name)) };
    analysed.set(listing, scan);
  }
  return { scan, scannedAt: listing.scannedAt };
}
