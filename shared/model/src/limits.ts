export const LIMITS = {
  /** DynamoDB's maximum item size. */
  itemBytes: 400 * 1024,
  /** Amazon Connect's maximum Lambda response size. */
  responseBytes: 32 * 1024,
  /** Meters warn from this share of a limit. */
  warnRatio: 0.75,
} as const;
