import { describe, expect, it } from "vitest";
import { keepLines, normalizePhoneNumber, parseBulkEntries } from "../src";

describe("normalizePhoneNumber", () => {
  it.each([
    ["+1 (555) 123-4567", "+15551234567"],
    ["555.123.4567", "+15551234567"],
    ["15551234567", "+15551234567"],
    ["0044 20 7946 0958", "+442079460958"],
    ["+442079460958", "+442079460958"],
  ])("normalises %s to %s", (raw, number) => {
    expect(normalizePhoneNumber(raw)).toEqual({ ok: true, number, reading: expect.stringContaining("read as") });
  });

  it.each([
    ["call me", "not a phone number"],
    ["5551234", "no country code"],
    ["+1234", "8 to 15"],
    ["+0123456789", "never starts with 0"],
  ])("refuses %s", (raw, reason) => {
    const result = normalizePhoneNumber(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe("parseBulkEntries — pasting numbers into a list", () => {
  it("reads one number per line with an optional note, skipping blank lines", () => {
    expect(parseBulkEntries("+15551230001, repeat caller\n\n555-123-0002", [])).toEqual({
      entries: [
        { line: 1, number: "+15551230001", note: "repeat caller", reading: "read as +1 555 123 0001 (international format)" },
        { line: 3, number: "+15551230002", reading: "read as +1 555 123 0002 (North America, from national format)" },
      ],
      invalid: [],
      duplicates: [],
    });
  });

  it("reports each bad line with its line number and reason, keeping the good ones", () => {
    const result = parseBulkEntries("+15551230001\nnot a number\n+15551230002", []);
    expect(result.entries.map((entry) => entry.number)).toEqual(["+15551230001", "+15551230002"]);
    expect(result.invalid).toEqual([{ line: 2, text: "not a number", reason: expect.stringContaining("not a phone number") }]);
  });

  it("reports numbers given twice and numbers already on the list", () => {
    const result = parseBulkEntries("+15551230001\n(555) 123-0001\n+15555550101", ["+15555550101"]);
    expect(result.entries).toHaveLength(1);
    expect(result.duplicates).toEqual([
      { line: 2, text: "(555) 123-0001", reason: "+15551230001 is also on line 1" },
      { line: 3, text: "+15555550101", reason: "+15555550101 is already on the list" },
    ]);
  });
});

describe("keepLines — what stays in the box after adding", () => {
  it("keeps the given lines in their order, once each", () => {
    expect(keepLines("+15551230001\r\n555-0100\n+15551230002\nnope", [4, 2, 4])).toBe("555-0100\nnope");
  });
});
