import { z } from "zod";

/**
 * Amazon Connect flow language, as the console exports it and `DescribeContactFlow` returns it. Only what
 * the usage analysis reads is described; every other field (Metadata, positions, new block settings) is
 * kept as is, so a flow written by a newer console still parses.
 */
const NextActionSchema = z.looseObject({ NextAction: z.string().optional() });

export const FlowTransitionsSchema = z.looseObject({
  NextAction: z.string().optional(),
  Conditions: z.array(NextActionSchema).optional(),
  Errors: z.array(NextActionSchema).optional(),
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export const FlowActionSchema = z.looseObject({
  Identifier: z.string().min(1),
  Type: z.string().min(1),
  // Any block's parameters, read as a whole for $.External references: checked to be an object, not walked twice.
  Parameters: z.custom<Record<string, unknown>>(isRecord, "must be an object").optional(),
  Transitions: FlowTransitionsSchema.optional(),
});

export const FlowContentSchema = z.looseObject({
  Version: z.string(),
  StartAction: z.string().optional(),
  Actions: z.array(FlowActionSchema),
});

export type FlowAction = z.infer<typeof FlowActionSchema>;
export type FlowContent = z.infer<typeof FlowContentSchema>;
