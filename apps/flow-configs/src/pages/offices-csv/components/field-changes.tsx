import Box from "@cloudscape-design/components/box";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { OfficesCsvReportRow } from "@flow-configs/api-client";

/** An empty description or key list is empty; an empty override cell means the template's value. */
const shown = (field: string, value: string) => (value !== "" ? value : field === "description" || field === "lookupKeys" ? "(empty)" : "(inherited)");

/** One line per changed field: `OfficeName: Austin → Austin South`. */
export function FieldChanges({ changes }: { changes: OfficesCsvReportRow["changes"] }) {
  if (changes.length === 0) return "-";
  return (
    <SpaceBetween size="xxxs">
      {changes.map(({ field, from, to }) => (
        <Box key={field} variant="span">
          <Box variant="strong">{field}</Box>: {shown(field, from)} → {shown(field, to)}
        </Box>
      ))}
    </SpaceBetween>
  );
}
