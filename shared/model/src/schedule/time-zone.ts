/**
 * Wall-clock times in an IANA time zone, with no library: `Intl.DateTimeFormat` knows every zone's rules
 * (Node and browsers ship full ICU), and converting a wall-clock time to an instant needs only the zone's
 * offset at two nearby instants.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a zone the runtime knows by its IANA name (`America/Chicago`, `UTC`). */
export function isTimeZone(name: string): boolean {
  if (name.trim() !== name || name === "") return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in `timeZone` at `instantMs`, as if it were UTC (milliseconds, whole seconds). */
function wallClockAt(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
}

/** The zone's offset from UTC at an instant, in milliseconds (Chicago in winter: −6 h). */
export function offsetAt(instantMs: number, timeZone: string): number {
  const wholeSeconds = Math.floor(instantMs / 1000) * 1000;
  return wallClockAt(wholeSeconds, timeZone) - wholeSeconds;
}

const DAY_MS = 86_400_000;

/**
 * The instant at which the clocks of `timeZone` show `wallClockMs` (a wall-clock time written as UTC
 * milliseconds). As Temporal's "compatible" rule: a time that occurs twice (the autumn change) is the
 * earlier instant; a time the clocks skip (the spring change) moves forward by the gap (02:30 → 03:30).
 */
export function instantOfWallClock(wallClockMs: number, timeZone: string): number {
  const offsetBefore = offsetAt(wallClockMs - DAY_MS, timeZone);
  const offsetAfter = offsetAt(wallClockMs + DAY_MS, timeZone);
  const candidates = [wallClockMs - offsetBefore, wallClockMs - offsetAfter].filter(
    (instant) => instant + offsetAt(instant, timeZone) === wallClockMs,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  return wallClockMs - offsetBefore;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/** A date-time as a schedule states it: an instant (with `Z` or an offset) or a wall-clock time. */
export type ParsedDateTime = { kind: "instant"; ms: number } | { kind: "wall-clock"; wallClockMs: number };

/** Parses ISO-8601 `2026-12-25T00:00` (wall clock) or `2026-12-25T06:00:00Z` / `…-06:00` (instant); null if neither. */
export function parseDateTime(text: string): ParsedDateTime | null {
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const fields = [year, month, day, hour, minute, second ?? "0"].map(Number) as [number, number, number, number, number, number];
  const [y, mo, d, h, mi, s] = fields;
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return null;
  const wallClockMs = Date.UTC(y, mo - 1, d, h, mi, s, Number((fraction ?? "0").slice(0, 3).padEnd(3, "0")));
  // Date.UTC rolls 31 February over into March: such a date does not exist.
  if (new Date(wallClockMs).getUTCDate() !== d) return null;
  if (zone === undefined) return { kind: "wall-clock", wallClockMs };
  if (zone === "Z") return { kind: "instant", ms: wallClockMs };
  const sign = zone.startsWith("-") ? -1 : 1;
  const [offsetHours, offsetMinutes] = zone.slice(1).split(":").map(Number) as [number, number];
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  return { kind: "instant", ms: wallClockMs - sign * (offsetHours * 60 + offsetMinutes) * 60_000 };
}

/** The instant a schedule's date-time means in `timeZone`. */
export function instantOf(parsed: ParsedDateTime, timeZone: string): number {
  return parsed.kind === "instant" ? parsed.ms : instantOfWallClock(parsed.wallClockMs, timeZone);
}

/** The zone's short name at an instant, as its clocks say (`CST`, `CDT`, `UTC`; `GMT+1` where it has no abbreviation). */
export function zoneAbbreviation(instantMs: number, timeZone: string): string | undefined {
  return new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" })
    .formatToParts(new Date(instantMs))
    .find((part) => part.type === "timeZoneName")?.value;
}

/** `America/Chicago (CST)`: a zone's IANA name with its short name at an instant (just `UTC` for UTC). */
export function zoneLabel(timeZone: string, instantMs: number): string {
  const abbreviation = zoneAbbreviation(instantMs, timeZone);
  return abbreviation && abbreviation !== timeZone ? `${timeZone} (${abbreviation})` : timeZone;
}

/** `2026-12-25T00:00:00`: the wall-clock time in `timeZone` at an instant, as a schedule writes one (whole seconds). */
export function wallClockText(instantMs: number, timeZone: string): string {
  return new Date(wallClockAt(instantMs, timeZone)).toISOString().slice(0, 19);
}

/** `2026-12-25 00:00 CST`: an instant as the zone's clocks show it, with the zone's short name; seconds only when it has some. */
export function formatInZone(instantMs: number, timeZone: string): string {
  const wall = wallClockText(instantMs, timeZone);
  const time = wall.endsWith(":00") ? wall.slice(11, 16) : wall.slice(11, 19);
  const zoneName = zoneAbbreviation(instantMs, timeZone);
  return `${wall.slice(0, 10)} ${time}${zoneName ? ` ${zoneName}` : ""}`;
}
