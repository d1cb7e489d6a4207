import type { CallerList, CallerListEntry } from "@flow-configs/model/caller-lists";

const DAY_MS = 86_400_000;

/**
 * The tests' clock: noon UTC tomorrow, so fixed for a run yet always ahead of the real clock. DynamoDB
 * Local runs TTL as DynamoDB does and deletes an item soon after its `expiresAt` passes on the machine's
 * clock; a fixed date in the past would let it delete the entries the expiry tests read.
 */
export const NOW = new Date((Math.floor(Date.now() / DAY_MS) + 1) * DAY_MS + DAY_MS / 2);

/** `days` after NOW, as the calendar date a CSV gives (`YYYY-MM-DD`). */
export const dateInDays = (days: number): string => new Date(NOW.getTime() + days * DAY_MS).toISOString().slice(0, 10);

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
