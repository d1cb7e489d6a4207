import type { EntriesReport, EntryInput } from "@flow-configs/model/caller-lists";
import { useState } from "react";
import { addInChunks, type ChunkedAddResult } from "../../../api/add-in-chunks";
import type { ChunkProgressState } from "./chunk-progress";

/** Adds entries in chunks, keeping how far it has come (null when nothing is being sent) for `ChunkProgress`. */
export function useChunkedAdd(addChunk: (entries: readonly EntryInput[]) => Promise<EntriesReport>) {
  const [progress, setProgress] = useState<ChunkProgressState | null>(null);
  const addAll = async (entries: readonly EntryInput[]): Promise<ChunkedAddResult> => {
    setProgress({ done: 0, total: entries.length });
    try {
      return await addInChunks(entries, addChunk, (done, total) => setProgress({ done, total }));
    } finally {
      setProgress(null);
    }
  };
  return { progress, addAll };
}
