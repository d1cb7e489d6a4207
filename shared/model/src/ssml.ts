/** A voice text is SSML when it is wrapped in `<speak>…</speak>`, as Amazon Connect's prompt blocks expect. */
export function isSsml(text: string): boolean {
  return /^\s*<speak[\s>]/.test(text);
}

/** One piece of an SSML text, in order. A malformed piece is an `error` token, and reading goes on after it. */
type SsmlToken =
  | { kind: "text"; text: string }
  | { kind: "tag"; name: string; closing: boolean; selfClosing: boolean }
  | { kind: "comment" }
  | { kind: "character"; text: string }
  | { kind: "error"; message: string };

// Attribute values are quoted and hold no `<` (XML's rule), so a `>` inside one never ends the tag
const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9A-Fa-f]+));/y;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML's Char production: what a character reference may name (`&#99999999;` and `&#0;` are not characters). */
function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
  );
}

function entityToken(match: RegExpExecArray, at: number): SsmlToken {
  const [whole, named, decimal, hex] = match;
  if (named) return { kind: "character", text: NAMED[named] ?? "" };
  const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? "", 16);
  if (!isXmlCharacter(code)) return { kind: "error", message: `SSML has "${whole}" at character ${at + 1}, which is not a valid character` };
  return { kind: "character", text: String.fromCodePoint(code) };
}

/** The one reader of SSML: what `checkSsml` checks and `stripSsml` strips are the same tokens. */
function* ssmlTokens(source: string): Generator<SsmlToken> {
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (char === "<" && source.startsWith("<!--", index)) {
      const end = source.indexOf("-->", index + 4);
      if (end < 0) {
        yield { kind: "error", message: "SSML comment is not closed" };
        return;
      }
      yield { kind: "comment" };
      index = end + 3;
    } else if (char === "<") {
      TAG.lastIndex = index;
      const match = TAG.exec(source);
      if (match) {
        const [whole, closing, name = "", , selfClosing] = match;
        yield { kind: "tag", name, closing: closing === "/", selfClosing: selfClosing === "/" };
        index += whole.length;
      } else {
        yield { kind: "error", message: `SSML has a malformed tag at character ${index + 1}` };
        const end = source.indexOf(">", index);
        index = end < 0 ? source.length : end + 1;
      }
    } else if (char === "&") {
      ENTITY.lastIndex = index;
      const match = ENTITY.exec(source);
      if (match) {
        yield entityToken(match, index);
        index += match[0].length;
      } else {
        yield { kind: "error", message: `SSML has a bare "&" at character ${index + 1} (write &amp;)` };
        index += 1;
      }
    } else {
      const next = source.slice(index).search(/[<&]/);
      const end = next < 0 ? source.length : index + next;
      yield { kind: "text", text: source.slice(index, end) };
      index = end;
    }
  }
}

/**
 * Checks that an SSML text is well-formed XML rooted in `<speak>`: tags balanced and properly nested,
 * attributes quoted, `&` only in entities that name a character. Returns a message naming the first problem, or null.
 */
export function checkSsml(text: string): string | null {
  const open: string[] = [];
  let rootClosed = false;
  for (const token of ssmlTokens(text.trim())) {
    if (token.kind === "error") return token.message;
    if (token.kind === "comment") continue;
    const outsideRoot = open.length === 0;
    if (token.kind === "tag") {
      if (rootClosed) return "SSML has content after </speak>";
      if (outsideRoot && !token.closing && token.name !== "speak") return "SSML must start with <speak>";
      if (token.closing) {
        const expected = open.pop();
        if (expected !== token.name) {
          return expected ? `SSML closes </${token.name}> but <${expected}> is open` : `SSML closes </${token.name}> that was never opened`;
        }
        if (open.length === 0) rootClosed = true;
      } else if (!token.selfClosing) {
        open.push(token.name);
      }
    } else if (outsideRoot && (token.kind === "character" || token.text.trim() !== "")) {
      return rootClosed ? "SSML has content after </speak>" : "SSML must start with <speak>";
    }
  }
  if (open.length > 0) return `SSML leaves <${open[open.length - 1]}> unclosed`;
  return null;
}

/** Tags that separate words when read as text (a pause, a paragraph, a sentence). */
const SEPARATING_TAGS = new Set(["break", "p", "s"]);

function plainTextOf(token: SsmlToken): string {
  if (token.kind === "text" || token.kind === "character") return token.text;
  if (token.kind === "tag" && SEPARATING_TAGS.has(token.name.toLowerCase())) return " ";
  // Comments, other tags, and anything malformed (refused on save; an older text may still hold it) show nothing
  return "";
}

/** The plain text of an SSML voice text, for channels that show text (chat): tags gone, entities decoded. */
export function stripSsml(text: string): string {
  return [...ssmlTokens(text)]
    .map(plainTextOf)
    .join("")
    .replace(/\s+/g, " ")
    .replace(/\s+([.,!?;:])/g, "$1")
    .trim();
}
