const DEFAULT_TTL_SECONDS = 5;

/**
 * How long a contact-flow Lambda (getConfig, isBadActor, checkCallerList) trusts what it read
 * (`CONFIG_CACHE_TTL_SECONDS`): one bound, so an editor's change reaches calls as fast in every module.
 */
export function cacheTtlSeconds(raw: string | undefined = process.env.CONFIG_CACHE_TTL_SECONDS): number {
  if (raw === undefined || raw === "") return DEFAULT_TTL_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) throw new Error(`CONFIG_CACHE_TTL_SECONDS must be a number of seconds ≥ 0, not "${raw}"`);
  return seconds;
}
