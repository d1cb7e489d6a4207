export type PhoneNumberResult = { ok: true; number: string } | { ok: false; reason: string };

/**
 * A caller number in E.164 (`+15551234567`), the form Amazon Connect gives in
 * `CustomerEndpoint.Address`. Spaces, dashes, dots and parentheses are dropped; `00` becomes `+`; a
 * 10-digit number without a country code is taken as North American (+1).
 */
export function normalizePhoneNumber(raw: string): PhoneNumberResult {
  const trimmed = raw.trim();
  if (trimmed === "") return { ok: false, reason: "is empty" };
  const compact = trimmed.replace(/[\s().-]/g, "").replace(/^00/, "+");
  if (!/^\+?\d+$/.test(compact)) return { ok: false, reason: `"${trimmed}" is not a phone number (only digits, spaces, + - . ( ) allowed)` };
  let number = compact;
  if (!number.startsWith("+")) {
    if (number.length === 10) number = `+1${number}`;
    else if (number.length === 11 && number.startsWith("1")) number = `+${number}`;
    else return { ok: false, reason: `"${trimmed}" has no country code: write it as +<country code><number>` };
  }
  const digits = number.length - 1;
  if (number[1] === "0") return { ok: false, reason: `"${trimmed}": a country code never starts with 0` };
  if (digits < 8 || digits > 15) return { ok: false, reason: `"${trimmed}" has ${digits} digits; E.164 numbers have 8 to 15` };
  return { ok: true, number };
}
