import { z } from "zod";

/** One flow that uses a config (GET /flow-configs/{id}/usage). */
export const FlowUsageSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  /** Reaches the config only through a lookup or `$.` reference (or the dialed number), not by its id. */
  dynamic: z.boolean(),
  /** The `$.External` names the flow reads from getConfig's response. */
  reads: z.array(z.string()),
  /** Names it reads that the config does not define: a broken reference. */
  undefinedReads: z.array(z.string()),
});

export const FlowReadErrorSchema = z.object({ id: z.string(), name: z.string(), message: z.string() });

export const ConfigUsageSchema = z.object({
  flows: z.array(FlowUsageSchema),
  scannedAt: z.string(),
  /** Flows that could not be read (a malformed file, a flow Connect would not describe). */
  errors: z.array(FlowReadErrorSchema).optional(),
});

/** For the list page (GET /flow-configs/usage?ids=): how many flows name each config, and how many are dynamic. */
export const UsageSummarySchema = z.object({
  configs: z.array(z.object({ id: z.string(), flows: z.number().int() })),
  /** Flows that reach configs by lookup key: every config with lookup keys may be used by them. */
  dynamicFlows: z.number().int(),
  scannedAt: z.string(),
  errors: z.array(FlowReadErrorSchema).optional(),
});

export type FlowUsage = z.infer<typeof FlowUsageSchema>;
export type ConfigUsage = z.infer<typeof ConfigUsageSchema>;
export type UsageSummary = z.infer<typeof UsageSummarySchema>;
