import type { FlowReadError, FlowSource } from "@flow-configs/model";

/** The instance's contact flows and flow modules, with their content, as of `scannedAt`. */
export interface ContactFlowListing {
  flows: FlowSource[];
  /** Flows that could not be read (a file that is not JSON, a flow Connect would not describe), by name. */
  errors: FlowReadError[];
  scannedAt: string;
}

/**
 * Where the flows that invoke getConfig are read from: Amazon Connect (cached a few minutes) or, locally,
 * flow files. `refresh` skips any cache.
 */
export interface ContactFlowDirectory {
  list(options?: { refresh?: boolean }): Promise<ContactFlowListing>;
}
