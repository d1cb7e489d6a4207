export interface DiffSegment {
  kind: "same" | "added" | "removed";
  text: string;
}

/** Above this many token pairs the middle is shown as one replacement: a prompt diff must never freeze the page. */
const MAX_TABLE_CELLS = 4_000_000;

/** Words and the whitespace between them, so joining the tokens gives the text back exactly. */
const tokensOf = (text: string): string[] => text.match(/\s+|[^\s]+/g) ?? [];

function push(segments: DiffSegment[], kind: DiffSegment["kind"], text: string): void {
  if (text === "") return;
  const last = segments.at(-1);
  if (last && last.kind === kind) last.text += text;
  else segments.push({ kind, text });
}

/**
 * How `before` became `after`, word by word (a longest common subsequence of words and spaces): what
 * stayed, what was removed, what was added. Joining the same + removed parts gives `before`; same +
 * added gives `after`.
 */
export function wordDiff(before: string, after: string): DiffSegment[] {
  const old = tokensOf(before);
  const now = tokensOf(after);
  let start = 0;
  while (start < old.length && start < now.length && old[start] === now[start]) start += 1;
  let endOld = old.length;
  let endNow = now.length;
  while (endOld > start && endNow > start && old[endOld - 1] === now[endNow - 1]) {
    endOld -= 1;
    endNow -= 1;
  }

  const segments: DiffSegment[] = [];
  push(segments, "same", old.slice(0, start).join(""));
  const middleOld = old.slice(start, endOld);
  const middleNow = now.slice(start, endNow);
  if (middleOld.length * middleNow.length > MAX_TABLE_CELLS) {
    push(segments, "removed", middleOld.join(""));
    push(segments, "added", middleNow.join(""));
  } else {
    for (const segment of lcsDiff(middleOld, middleNow)) push(segments, segment.kind, segment.text);
  }
  push(segments, "same", old.slice(endOld).join(""));
  return segments;
}

function lcsDiff(old: string[], now: string[]): DiffSegment[] {
  const rows = old.length + 1;
  const columns = now.length + 1;
  // lengths[i * columns + j]: the longest common subsequence of old[i..] and now[j..].
  const lengths = new Uint32Array(rows * columns);
  for (let i = old.length - 1; i >= 0; i -= 1) {
    for (let j = now.length - 1; j >= 0; j -= 1) {
      lengths[i * columns + j] =
        old[i] === now[j]
          ? (lengths[(i + 1) * columns + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * columns + j] ?? 0, lengths[i * columns + j + 1] ?? 0);
    }
  }
  const segments: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  while (i < old.length && j < now.length) {
    if (old[i] === now[j]) {
      push(segments, "same", old[i] ?? "");
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * columns + j] ?? 0) >= (lengths[i * columns + j + 1] ?? 0)) {
      push(segments, "removed", old[i] ?? "");
      i += 1;
    } else {
      push(segments, "added", now[j] ?? "");
      j += 1;
    }
  }
  push(segments, "removed", old.slice(i).join(""));
  push(segments, "added", now.slice(j).join(""));
  return segments;
}
