import { describe, expect, it } from "vitest";
import { checkEntries, entriesToCsv, numberPrefix, parseEntriesCsv } from "../src/caller-lists";

const NOW = new Date("2026-12-01T12:00:00Z");
const lines = (...values: unknown[]) => values.map((value, index) => ({ line: index + 1, value }));

describe("checkEntries", () => {
  it("normalises numbers to E.164 with the one phone-number rule", () => {
    const { valid } = checkEntries(lines({ number: "(512) 555-0100", reason: " fraud " }), NOW);
    expect(valid).toEqual([{ line: 1, number: "+15125550100", reason: "fraud" }]);
  });

  it("reports a bad line with why and keeps the good ones", () => {
    const { valid, outcomes } = checkEntries(lines({ number: "+15125550100" }, { number: "not a number" }, { number: "+15125550101" }), NOW);
    expect(valid.map((entry) => entry.number)).toEqual(["+15125550100", "+15125550101"]);
    expect(outcomes[1]).toMatchObject({ line: 2, status: "invalid", message: expect.stringContaining("not a phone number") });
  });

  it("refuses an expiry that is not in the future, and names the field", () => {
    const { outcomes } = checkEntries(lines({ number: "+15125550100", expiresAt: "2026-11-30T00:00:00Z" }), NOW);
    expect(outcomes[0]).toMatchObject({ status: "invalid", message: expect.stringMatching(/^expiresAt:/) });
  });

  it("reports unknown fields and a number given twice", () => {
    const { outcomes } = checkEntries(lines({ number: "+15125550100", colour: "red" }, { number: "+15125550102" }, { number: "512-555-0102" }), NOW);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["invalid", "valid", "duplicate"]);
    expect(outcomes[2]?.message).toBe("+15125550102 is also on line 2");
  });
});

describe("caller-list CSV", () => {
  it("reads a header in any order and a date-only expiry as midnight UTC", () => {
    const rows = parseEntriesCsv("reason,number,expiresAt\r\nfraud,+15125550100,2027-01-31\r\n,+15125550101,\r\n");
    expect(rows).toEqual([
      { line: 2, value: { number: "+15125550100", reason: "fraud", expiresAt: "2027-01-31T00:00:00Z" } },
      { line: 3, value: { number: "+15125550101" } },
    ]);
  });

  it("reads rows without a header as number, reason, note, expiresAt", () => {
    expect(parseEntriesCsv("+15125550100,spam,called 9 times")).toEqual([
      { line: 1, value: { number: "+15125550100", reason: "spam", note: "called 9 times" } },
    ]);
  });

  it("reads back what it exports", () => {
    const entry = { number: "+15125550100", reason: "fraud, twice", addedBy: "morgan", addedAt: "2026-12-01T12:00:00.000Z" };
    const [row] = parseEntriesCsv(entriesToCsv([entry]));
    expect(row?.value).toEqual({ number: "+15125550100", reason: "fraud, twice" });
  });
});

describe("numberPrefix", () => {
  it("reads what people type as the start of an E.164 number", () => {
    expect(numberPrefix("1 (512)")).toEqual({ ok: true, prefix: "+1512" });
    expect(numberPrefix("0044 20")).toEqual({ ok: true, prefix: "+4420" });
    expect(numberPrefix("")).toEqual({ ok: true, prefix: "" });
  });

  it("refuses letters", () => {
    expect(numberPrefix("+1abc")).toMatchObject({ ok: false });
  });
});
