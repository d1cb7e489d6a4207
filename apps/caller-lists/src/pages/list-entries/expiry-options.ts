const DAY_MS = 86_400_000;

/** When a new entry leaves the list: never, or after a common period (no date picker to fight on a phone). */
export const EXPIRY_OPTIONS = [
  { value: "never", label: "Never" },
  { value: "1", label: "In 1 day" },
  { value: "7", label: "In 7 days" },
  { value: "30", label: "In 30 days" },
  { value: "90", label: "In 90 days" },
  { value: "365", label: "In 1 year" },
] as const;

export type ExpiryChoice = (typeof EXPIRY_OPTIONS)[number]["value"];

/** The entry's `expiresAt` for a choice made now; undefined for never. */
export function expiresAtFor(choice: ExpiryChoice, now: Date): string | undefined {
  return choice === "never" ? undefined : new Date(now.getTime() + Number(choice) * DAY_MS).toISOString();
}
