import { describe, expect, it } from "vitest";
import { normalizePhoneNumber } from "../src";

describe("one phone-number rule", () => {
  it("reads (617) 555 0177 as a North American number and says how", () => {
    expect(normalizePhoneNumber("(617) 555 0177")).toEqual({
      ok: true,
      number: "+16175550177",
      reading: "read as +1 617 555 0177 (North America, from national format)",
    });
  });

  it("refuses 555-0100: a local number has no area code", () => {
    expect(normalizePhoneNumber("555-0100")).toEqual({
      ok: false,
      reason: '"555-0100" is a local number with no area code and no country code: write it with its area code, e.g. (617) 555-0100',
    });
  });

  it.each([
    ["+1 617 555 0177", "read as +1 617 555 0177 (international format)"],
    ["1-617-555-0177", "read as +1 617 555 0177 (North America, from 1 and national format)"],
    ["0044 20 7946 0958", "read as +442079460958 (00 international prefix)"],
  ])("says how it read %s", (raw, reading) => {
    expect(normalizePhoneNumber(raw)).toMatchObject({ ok: true, reading });
  });

  it("refuses a + that is not at the start", () => {
    expect(normalizePhoneNumber("617+5550177").ok).toBe(false);
  });
});
