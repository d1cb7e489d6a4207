import type { CacheObserver } from "@flow-configs/service/domain/stale-if-error-cache";

interface Cached<T> {
  value: T;
  fetchedAt: number;
}

/**
 * A per-container cache with a time to live (how long a change takes to reach calls) and a size bound (a
 * contact-flow Lambda sees an unbounded number of callers). The oldest entry is evicted first. When a
 * refresh fails, the last good value is served and the fault logged; with none to fall back on, it throws.
 * The observer hears each hit, miss and stale value served (the handler makes them metrics).
 */
export class BoundedTtlCache<T> {
  private readonly entries = new Map<string, Cached<T>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly log: CacheObserver,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string, fetch: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached && this.now() - cached.fetchedAt < this.ttlMs) {
      this.log.hit?.();
      return cached.value;
    }
    this.log.miss?.();
    try {
      const value = await fetch();
      this.entries.delete(key);
      this.entries.set(key, { value, fetchedAt: this.now() });
      if (this.entries.size > this.maxEntries) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      return value;
    } catch (error) {
      if (!cached) throw error;
      this.log.warn("serving a stale value: the refresh failed", { key, ageMs: this.now() - cached.fetchedAt, error });
      this.log.staleServed?.();
      return cached.value;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
