import Table from "@cloudscape-design/components/table";

export interface RejectedLine {
  line: number;
  text: string;
  why: string;
}

/** The lines that were not added, and why. */
export function RejectedLines({ title, lines }: { title: string; lines: readonly RejectedLine[] }) {
  if (lines.length === 0) return null;
  return (
    <Table
      variant="embedded"
      wrapLines
      items={[...lines]}
      trackBy="line"
      ariaLabels={{ tableLabel: title }}
      header={title}
      columnDefinitions={[
        { id: "line", header: "Line", cell: (line) => line.line, isRowHeader: true, minWidth: 72 },
        { id: "text", header: "Text", cell: (line) => line.text },
        { id: "why", header: "Why", cell: (line) => line.why },
      ]}
    />
  );
}
