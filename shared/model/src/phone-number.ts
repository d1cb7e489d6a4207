export type PhoneNumberResult =
  | {
      ok: true;
      /** The number in E.164 (`+16175550177`): how it is stored and matched. */
      number: string;
      /** How the input was read, for the person who typed it: `read as +1 617 555 0177 (North America, from national format)`. */
      reading: string;
    }
  | { ok: false; reason: string };

/** North American numbers (+1) in the groups people write them in; others as one block after the country code is unknown. */
function spaced(number: string): string {
  if (number.startsWith("+1") && number.length === 12) return `+1 ${number.slice(2, 5)} ${number.slice(5, 8)} ${number.slice(8)}`;
  return number;
}

/**
 * The one rule for a caller number, everywhere a number is typed, pasted, imported or checked: the result is
 * E.164 (`+15551234567`), the form Amazon Connect gives in `CustomerEndpoint.Address`. Spaces, dashes, dots
 * and parentheses are dropped; `00` becomes `+`; 10 digits without a country code are North American (+1),
 * as are 11 starting with 1. A 7-digit local number (`555-0100`) is refused: it has no area code.
 */
export function normalizePhoneNumber(raw: string): PhoneNumberResult {
  const trimmed = raw.trim();
  if (trimmed === "") return { ok: false, reason: "is empty" };
  const compact = trimmed.replace(/[\s().-]/g, "");
  if (!/^(\+|00)?\d+$/.test(compact)) return { ok: false, reason: `"${trimmed}" is not a phone number (only digits, spaces, + - . ( ) allowed)` };
  let number: string;
  let how: string;
  if (compact.startsWith("+")) [number, how] = [compact, "international format"];
  else if (compact.startsWith("00")) [number, how] = [`+${compact.slice(2)}`, "00 international prefix"];
  else if (compact.length === 10) [number, how] = [`+1${compact}`, "North America, from national format"];
  else if (compact.length === 11 && compact.startsWith("1")) [number, how] = [`+${compact}`, "North America, from 1 and national format"];
  else if (compact.length === 7) return { ok: false, reason: `"${trimmed}" is a local number with no area code and no country code: write it with its area code, e.g. (617) ${trimmed}` };
  else return { ok: false, reason: `"${trimmed}" has no country code: write it as +<country code><number>` };
  const digits = number.length - 1;
  if (number[1] === "0") return { ok: false, reason: `"${trimmed}": a country code never starts with 0` };
  if (digits < 8 || digits > 15) return { ok: false, reason: `"${trimmed}" has ${digits} digits; E.164 numbers have 8 to 15` };
  return { ok: true, number, reading: `read as ${spaced(number)} (${how})` };
}
