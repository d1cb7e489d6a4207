export interface CacheFaultLog {
  warn(message: string, details: Record<string, unknown>): void;
}

/** Who hears what the cache did: the fault log, and (for metrics) each hit, miss and stale value served. */
export interface CacheObserver extends CacheFaultLog {
  hit?(): void;
  miss?(): void;
  staleServed?(): void;
}

interface Entry<T> {
  value: T;
  fetchedAt: number;
  expiresAt: number;
}

/** When a fetched value stops being good before the TTL runs out (a scheduled window opens or closes), or null. */
export type GoodUntil<T> = (value: T, fetchedAt: number) => number | null;

/**
 * A per-container cache with a time to live: it bounds how long a business user's change takes to reach
 * calls. When a refresh fails, the last good value is served (stale-if-error) and the fault logged;
 * with no value to fall back on, the fault is thrown. `maxEntries` bounds its memory where the keys are
 * unbounded (every caller a flow checks): past it, the entry fetched longest ago goes first.
 */
export class StaleIfErrorCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly ttlMs: number,
    private readonly log: CacheObserver,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = Number.POSITIVE_INFINITY,
  ) {}

  async get(key: string, fetch: () => Promise<T>, goodUntil?: GoodUntil<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && this.now() < entry.expiresAt) {
      this.log.hit?.();
      return entry.value;
    }
    this.log.miss?.();
    try {
      const value = await fetch();
      const fetchedAt = this.now();
      const boundary = goodUntil?.(value, fetchedAt) ?? Number.POSITIVE_INFINITY;
      // Re-inserted, so the Map's order stays the order of fetching: the first key is the oldest
      this.entries.delete(key);
      this.entries.set(key, { value, fetchedAt, expiresAt: Math.min(fetchedAt + this.ttlMs, boundary) });
      if (this.entries.size > this.maxEntries) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      return value;
    } catch (error) {
      if (!entry) throw error;
      this.log.warn("serving a stale value: the refresh failed", { key, ageMs: this.now() - entry.fetchedAt, error });
      this.log.staleServed?.();
      return entry.value;
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
