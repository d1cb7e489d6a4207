import { MAX_ENTRIES_PER_CALL, type EntriesReport, type EntryInput } from "@flow-configs/model/caller-lists";

export interface ChunkedAddResult {
  saved: number;
  /** Entries the API refused: their index in the input and why. */
  rejected: { index: number; message: string }[];
}

/**
 * Sends entries 1000 a call (the API's limit), one call after another, reporting progress after each;
 * the API's per-entry report is mapped back to the input's order.
 */
export async function addInChunks(
  entries: readonly EntryInput[],
  addChunk: (chunk: readonly EntryInput[]) => Promise<EntriesReport>,
  onProgress: (done: number, total: number) => void,
): Promise<ChunkedAddResult> {
  const result: ChunkedAddResult = { saved: 0, rejected: [] };
  for (let start = 0; start < entries.length; start += MAX_ENTRIES_PER_CALL) {
    const chunk = entries.slice(start, start + MAX_ENTRIES_PER_CALL);
    const report = await addChunk(chunk);
    result.saved += report.saved;
    for (const outcome of report.outcomes) {
      if (outcome.status !== "saved") result.rejected.push({ index: start + outcome.line - 1, message: outcome.message ?? outcome.status });
    }
    onProgress(Math.min(start + chunk.length, entries.length), entries.length);
  }
  return result;
}
