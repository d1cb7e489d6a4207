import { nextBoundary, type StoredConfig } from "@flow-configs/model/contact-flow";
import type { ConfigReader, ScheduledConfig } from "#ports/config-reader";
import { loadScheduledConfig } from "./scheduled-config";
import { StaleIfErrorCache, type CacheObserver } from "./stale-if-error-cache";

/** A ConfigReader whose answers (a miss included) are reused for `ttlMs` and served stale when DynamoDB fails. */
export class CachedConfigReader implements ConfigReader {
  private readonly configs: StaleIfErrorCache<StoredConfig | null>;
  private readonly lookups: StaleIfErrorCache<string | null>;
  private readonly scheduled: StaleIfErrorCache<ScheduledConfig | null>;

  constructor(
    private readonly reader: ConfigReader,
    ttlMs: number,
    log: CacheObserver,
    now?: () => number,
  ) {
    this.configs = new StaleIfErrorCache(ttlMs, log, now);
    this.lookups = new StaleIfErrorCache(ttlMs, log, now);
    this.scheduled = new StaleIfErrorCache(ttlMs, log, now);
  }

  get(id: string): Promise<StoredConfig | null> {
    return this.configs.get(id, () => this.reader.get(id));
  }

  /**
   * The effective config with its compiled windows, read fresh from the store (not through `get`, whose
   * entries would add their own TTL) and kept until the TTL or the next window boundary, whichever is first:
   * a window never opens or closes later than the cache's own bound.
   */
  getScheduled(id: string): Promise<ScheduledConfig | null> {
    return this.scheduled.get(
      id,
      () => loadScheduledConfig(this.reader, id),
      (value, fetchedAt) => (value ? nextBoundary(value.schedule, fetchedAt) : null),
    );
  }

  findIdByLookupKey(lookupKey: string): Promise<string | null> {
    return this.lookups.get(lookupKey, () => this.reader.findIdByLookupKey(lookupKey));
  }

  clear(): void {
    this.configs.clear();
    this.lookups.clear();
    this.scheduled.clear();
  }
}
