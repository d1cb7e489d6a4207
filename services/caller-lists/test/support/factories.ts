import type { CallerList, CallerListEntry } from "@flow-configs/model/caller-lists";

export const NOW = new Date("2026-12-01T12:00:00.000Z");

export const aList = (overrides: Partial<CallerList> = {}): CallerList => ({
  id: "vip",
  description: "Callers we answer first",
  kind: "vip",
  createdBy: "alex",
  createdAt: NOW.toISOString(),
  ...overrides,
});

export const anEntry = (number: string, overrides: Partial<CallerListEntry> = {}): CallerListEntry => ({
  number,
  addedBy: "morgan",
  addedAt: NOW.toISOString(),
  ...overrides,
});

/** `count` distinct E.164 numbers from +1512555xxxx up. */
export const numbers = (count: number, start = 0): string[] =>
  Array.from({ length: count }, (_, index) => `+1512${String(5_550_000 + start + index).padStart(7, "0")}`);
