import { describe, expect, it, vi } from "vitest";
import { StaleIfErrorCache } from "../../src/domain/stale-if-error-cache";

describe("StaleIfErrorCache", () => {
  it("fetches again only after the time to live", async () => {
    let now = 0;
    const cache = new StaleIfErrorCache<number>(1000, { warn: vi.fn() }, () => now);
    const fetch = vi.fn(async () => now);
    expect(await cache.get("k", fetch)).toBe(0);
    now = 999;
    expect(await cache.get("k", fetch)).toBe(0);
    now = 1000;
    expect(await cache.get("k", fetch)).toBe(1000);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("serves the last good value when a refresh fails, and logs it", async () => {
    let now = 0;
    const log = { warn: vi.fn() };
    const cache = new StaleIfErrorCache<string>(1000, log, () => now);
    await cache.get("k", async () => "good");
    now = 5000;
    expect(await cache.get("k", async () => Promise.reject(new Error("down")))).toBe("good");
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining("stale"), expect.objectContaining({ key: "k", ageMs: 5000 }));
  });

  it("throws the fault when there is nothing to fall back on", async () => {
    const cache = new StaleIfErrorCache<string>(1000, { warn: vi.fn() });
    await expect(cache.get("k", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
  });

  it("keeps at most maxEntries, dropping the one fetched longest ago", async () => {
    let now = 0;
    const cache = new StaleIfErrorCache<string>(60_000, { warn: vi.fn() }, () => now, 2);
    const fetch = vi.fn(async () => `at ${now}`);
    await cache.get("a", fetch);
    now = 1;
    await cache.get("b", fetch);
    now = 2;
    await cache.get("c", fetch);
    expect(cache.size).toBe(2);
    expect(await cache.get("b", fetch)).toBe("at 1");
    expect(await cache.get("a", fetch)).toBe("at 2");
    expect(fetch).toHaveBeenCalledTimes(4);
  });
});
