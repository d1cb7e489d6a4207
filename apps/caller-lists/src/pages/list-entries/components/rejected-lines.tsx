import { NumberedLinesTable } from "@flow-configs/ui";

export interface RejectedLine {
  line: number;
  text: string;
  why: string;
}

/** The lines that were not added, and why. */
export function RejectedLines({ title, lines }: { title: string; lines: readonly RejectedLine[] }) {
  return (
    <NumberedLinesTable
      title={title}
      header={title}
      lines={lines}
      columns={[
        { id: "text", header: "Text", cell: (line) => line.text },
        { id: "why", header: "Why", cell: (line) => line.why },
      ]}
    />
  );
}
