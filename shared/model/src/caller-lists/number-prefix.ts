export type NumberPrefixResult = { ok: true; prefix: string } | { ok: false; reason: string };

/**
 * The E.164 prefix a search for `q` means: spaces, dashes, dots and parentheses dropped, `00` read as `+`,
 * a missing `+` added (`1512` → `+1512`), as `normalizePhoneNumber` writes stored numbers. Empty: everything.
 */
export function numberPrefix(q: string): NumberPrefixResult {
  const compact = q.trim().replace(/[\s().-]/g, "").replace(/^00/, "+");
  if (compact === "") return { ok: true, prefix: "" };
  const prefix = compact.startsWith("+") ? compact : `+${compact}`;
  if (!/^\+\d{0,15}$/.test(prefix)) return { ok: false, reason: `"${q}" is not the start of a phone number (digits, optionally after +)` };
  return { ok: true, prefix };
}
