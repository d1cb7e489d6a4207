import { diffWordsWithSpace } from "diff";

export interface DiffSegment {
  kind: "same" | "added" | "removed";
  text: string;
}

/** Past this many edited words and spaces the texts are shown as one replacement: a prompt diff must never freeze the page. */
const MAX_EDIT_LENGTH = 400;

/**
 * How `before` became `after`, word by word (jsdiff's words-and-whitespace diff): what stayed, what was
 * removed, what was added. Joining the same + removed parts gives `before`; same + added gives `after`.
 */
export function wordDiff(before: string, after: string): DiffSegment[] {
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return replacement(before, after);
  const segments: DiffSegment[] = [];
  for (const change of changes) {
    if (change.value === "") continue;
    const kind = change.added ? "added" : change.removed ? "removed" : "same";
    const last = segments.at(-1);
    if (last && last.kind === kind) last.text += change.value;
    else segments.push({ kind, text: change.value });
  }
  return segments;
}

function replacement(before: string, after: string): DiffSegment[] {
  return [
    ...(before ? [{ kind: "removed" as const, text: before }] : []),
    ...(after ? [{ kind: "added" as const, text: after }] : []),
  ];
}
