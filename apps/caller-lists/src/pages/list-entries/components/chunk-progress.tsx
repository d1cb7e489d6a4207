import ProgressBar from "@cloudscape-design/components/progress-bar";

export interface ChunkProgressState {
  done: number;
  total: number;
}

/** How far a paste or an import sent 1000 entries at a time has come. */
export function ChunkProgress({ progress, label }: { progress: ChunkProgressState | null; label: string }) {
  if (!progress) return null;
  return <ProgressBar value={progress.total ? (100 * progress.done) / progress.total : 0} label={label} additionalInfo={`${progress.done} of ${progress.total}`} />;
}
