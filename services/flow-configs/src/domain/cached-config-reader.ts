import type { StoredConfig } from "@flow-configs/model/contact-flow";
import type { ConfigReader } from "#ports/config-reader";
import { StaleIfErrorCache, type CacheObserver } from "./stale-if-error-cache";

/** A ConfigReader whose answers (a miss included) are reused for `ttlMs` and served stale when DynamoDB fails. */
export class CachedConfigReader implements ConfigReader {
  private readonly configs: StaleIfErrorCache<StoredConfig | null>;
  private readonly lookups: StaleIfErrorCache<string | null>;

  constructor(
    private readonly reader: ConfigReader,
    ttlMs: number,
    log: CacheObserver,
    now?: () => number,
  ) {
    this.configs = new StaleIfErrorCache(ttlMs, log, now);
    this.lookups = new StaleIfErrorCache(ttlMs, log, now);
  }

  get(id: string): Promise<StoredConfig | null> {
    return this.configs.get(id, () => this.reader.get(id));
  }

  findIdByLookupKey(lookupKey: string): Promise<string | null> {
    return this.lookups.get(lookupKey, () => this.reader.findIdByLookupKey(lookupKey));
  }

  clear(): void {
    this.configs.clear();
    this.lookups.clear();
  }
}
