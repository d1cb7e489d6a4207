import { describe, expect, it } from "vitest";
import { formatInZone, instantOfWallClock, isTimeZone, offsetAt, parseDateTime } from "../src";

const CHICAGO = "America/Chicago";
const wall = (text: string) => {
  const parsed = parseDateTime(text);
  if (parsed?.kind !== "wall-clock") throw new Error(`${text} is not a wall-clock time`);
  return parsed.wallClockMs;
};
const iso = (ms: number) => new Date(ms).toISOString();

describe("time zones", () => {
  it("knows IANA zone names and refuses others", () => {
    expect(isTimeZone("America/Chicago")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("America/Chicag")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone(" UTC")).toBe(false);
  });

  it("reads a date-time with an offset or Z as an instant, without one as a wall-clock time", () => {
    expect(parseDateTime("2026-12-25T06:00:00Z")).toEqual({ kind: "instant", ms: Date.parse("2026-12-25T06:00:00Z") });
    expect(parseDateTime("2026-12-25T00:00-06:00")).toEqual({ kind: "instant", ms: Date.parse("2026-12-25T06:00:00Z") });
    expect(parseDateTime("2026-12-25T00:00")).toEqual({ kind: "wall-clock", wallClockMs: Date.parse("2026-12-25T00:00:00Z") });
    expect(parseDateTime("2026-12-25T06:00:00.25Z")).toEqual({ kind: "instant", ms: Date.parse("2026-12-25T06:00:00.250Z") });
  });

  it("refuses dates that do not exist and text that is no date-time", () => {
    for (const text of ["2026-02-31T00:00", "2026-13-01T00:00", "2026-12-25T24:00", "2026-12-25", "tomorrow", "2026-12-25T00:00+25:00"]) {
      expect(parseDateTime(text), text).toBeNull();
    }
  });

  it("puts midnight on 25 December at each office's own midnight", () => {
    expect(iso(instantOfWallClock(wall("2026-12-25T00:00"), CHICAGO))).toBe("2026-12-25T06:00:00.000Z");
    expect(iso(instantOfWallClock(wall("2026-12-25T00:00"), "America/New_York"))).toBe("2026-12-25T05:00:00.000Z");
    expect(iso(instantOfWallClock(wall("2026-12-25T00:00"), "UTC"))).toBe("2026-12-25T00:00:00.000Z");
  });

  describe("America/Chicago on the March change day (8 March 2026, 02:00 → 03:00)", () => {
    it("has a 23-hour day", () => {
      const start = instantOfWallClock(wall("2026-03-08T00:00"), CHICAGO);
      const end = instantOfWallClock(wall("2026-03-09T00:00"), CHICAGO);
      expect((end - start) / 3_600_000).toBe(23);
    });

    it("moves a time the clocks skip forward by the gap", () => {
      expect(iso(instantOfWallClock(wall("2026-03-08T02:30"), CHICAGO))).toBe("2026-03-08T08:30:00.000Z");
      expect(formatInZone(Date.parse("2026-03-08T08:30:00Z"), CHICAGO)).toBe("2026-03-08 03:30 CDT");
    });

    it("changes the offset from −6 h to −5 h at 08:00Z", () => {
      expect(offsetAt(Date.parse("2026-03-08T07:59:59Z"), CHICAGO)).toBe(-6 * 3_600_000);
      expect(offsetAt(Date.parse("2026-03-08T08:00:00Z"), CHICAGO)).toBe(-5 * 3_600_000);
    });
  });

  describe("America/Chicago on the November change day (1 November 2026, 02:00 → 01:00)", () => {
    it("has a 25-hour day", () => {
      const start = instantOfWallClock(wall("2026-11-01T00:00"), CHICAGO);
      const end = instantOfWallClock(wall("2026-11-02T00:00"), CHICAGO);
      expect((end - start) / 3_600_000).toBe(25);
    });

    it("reads a time that occurs twice as the earlier one", () => {
      expect(iso(instantOfWallClock(wall("2026-11-01T01:30"), CHICAGO))).toBe("2026-11-01T06:30:00.000Z");
      expect(iso(instantOfWallClock(wall("2026-11-01T02:30"), CHICAGO))).toBe("2026-11-01T08:30:00.000Z");
    });
  });
});
