/** A voice text is SSML when it is wrapped in `<speak>…</speak>`, as Amazon Connect's prompt blocks expect. */
export function isSsml(text: string): boolean {
  return /^\s*<speak[\s>]/.test(text);
}

const TAG = /<\/?([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);/y;

/**
 * Checks that an SSML text is well-formed XML rooted in `<speak>`: tags balanced and properly nested,
 * attributes quoted, `&` only in entities. Returns a message naming the first problem, or null.
 */
export function checkSsml(text: string): string | null {
  const source = text.trim();
  const open: string[] = [];
  let rootClosed = false;
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (char === "<") {
      if (source.startsWith("<!--", index)) {
        const end = source.indexOf("-->", index + 4);
        if (end < 0) return "SSML comment is not closed";
        index = end + 3;
        continue;
      }
      TAG.lastIndex = index;
      const match = TAG.exec(source);
      if (!match) return `SSML has a malformed tag at character ${index + 1}`;
      const [whole, name = "", , selfClosing] = match;
      const isClosing = whole.startsWith("</");
      if (rootClosed) return "SSML has content after </speak>";
      if (open.length === 0 && !isClosing && name !== "speak") return "SSML must start with <speak>";
      if (isClosing) {
        const expected = open.pop();
        if (expected !== name) {
          return expected ? `SSML closes </${name}> but <${expected}> is open` : `SSML closes </${name}> that was never opened`;
        }
        if (open.length === 0) rootClosed = true;
      } else if (!selfClosing) {
        open.push(name);
      }
      index += whole.length;
      continue;
    }
    if (char === "&") {
      ENTITY.lastIndex = index;
      const match = ENTITY.exec(source);
      if (!match) return `SSML has a bare "&" at character ${index + 1} (write &amp;)`;
      index += match[0].length;
      continue;
    }
    if (open.length === 0 && !/\s/.test(char ?? "")) {
      return rootClosed ? "SSML has content after </speak>" : "SSML must start with <speak>";
    }
    index += 1;
  }
  if (open.length > 0) return `SSML leaves <${open[open.length - 1]}> unclosed`;
  return null;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The plain text of an SSML voice text, for channels that show text (chat): tags gone, entities decoded. */
export function stripSsml(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(?:break|p|s)\b[^>]*>|<\/(?:p|s)>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9A-Fa-f]+);/g, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/\s+/g, " ")
    .replace(/\s+([.,!?;:])/g, "$1")
    .trim();
}
