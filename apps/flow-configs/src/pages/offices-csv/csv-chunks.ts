import { formatCsv, readOfficesCsv } from "@flow-configs/model";

export interface CsvChunk {
  /** The header and some records: a CSV the API takes on its own. */
  csv: string;
  /** The line each record of the chunk starts at in the whole file, in order. */
  lines: number[];
}

/**
 * Splits an offices CSV into chunks of `size` records, each with the header, so a long import is applied
 * piece by piece and its progress is real. Each chunk remembers the file's line numbers of its records:
 * the API numbers a chunk's lines from its own header.
 */
export function csvChunks(text: string, size: number): CsvChunk[] {
  const { header, records } = readOfficesCsv(text);
  if (!header) return [];
  const chunks: CsvChunk[] = [];
  for (let start = 0; start < records.length; start += size) {
    const slice = records.slice(start, start + size);
    chunks.push({ csv: formatCsv([header.cells, ...slice.map((record) => record.cells)]), lines: slice.map((record) => record.line) });
  }
  return chunks;
}

