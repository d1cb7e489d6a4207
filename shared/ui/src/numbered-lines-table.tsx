import Table, { type TableProps } from "@cloudscape-design/components/table";

/** A line of what the user pasted or uploaded, by its number (from 1) there. */
export interface NumberedLine {
  readonly line: number;
}

export interface NumberedLinesTableProps<Line extends NumberedLine> {
  /** The table's accessible name. */
  title: string;
  /** Shown above the table; none when the table sits in a section that already names it. */
  header?: string;
  lines: readonly Line[];
  /** What the table says of each line, after its number. */
  columns: TableProps.ColumnDefinition<Line>[];
}

/** Lines of a pasted box or an uploaded file, each by its line number, so the user can find and fix them. */
export function NumberedLinesTable<Line extends NumberedLine>({ title, header, lines, columns }: NumberedLinesTableProps<Line>) {
  if (lines.length === 0) return null;
  return (
    <Table
      variant="embedded"
      wrapLines
      items={[...lines]}
      trackBy="line"
      ariaLabels={{ tableLabel: title }}
      header={header}
      columnDefinitions={[{ id: "line", header: "Line", cell: (line) => line.line, isRowHeader: true, minWidth: 72 }, ...columns]}
    />
  );
}
