import Box from "@cloudscape-design/components/box";
import { wordDiff } from "../word-diff";

export interface DiffTextProps {
  before: string;
  after: string;
  /** Which side this cell shows: its own words plus what the other side lacks, highlighted. */
  side: "before" | "after";
}

/** One side of a prompt text's word diff: removed words struck through on the old side, added ones marked on the new. */
export function DiffText({ before, after, side }: DiffTextProps) {
  const segments = wordDiff(before, after).filter((segment) => segment.kind === "same" || segment.kind === (side === "before" ? "removed" : "added"));
  return (
    <Box variant="span">
      {segments.map((segment, index) =>
        segment.kind === "same" ? (
          <span key={index}>{segment.text}</span>
        ) : segment.kind === "removed" ? (
          <Box key={index} variant="span" color="text-status-error" fontWeight="bold">
            <del aria-label={`removed: ${segment.text}`}>{segment.text}</del>
          </Box>
        ) : (
          <Box key={index} variant="span" color="text-status-success" fontWeight="bold">
            <ins aria-label={`added: ${segment.text}`}>{segment.text}</ins>
          </Box>
        ),
      )}
    </Box>
  );
}
