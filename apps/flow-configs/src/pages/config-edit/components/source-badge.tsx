import Badge from "@cloudscape-design/components/badge";
import Button from "@cloudscape-design/components/button";
import type { EntrySource } from "@flow-configs/model";

export interface SourceBadgeProps {
  name: string;
  source: EntrySource | undefined;
  /** Given when the user may drop the override: the entry then takes the template's value again. */
  onReset?: () => void;
  resetting?: boolean;
}

/** On a template instance: whether an entry comes from the template or is this office's own, with "Reset to template". */
export function SourceBadge({ name, source, onReset, resetting }: SourceBadgeProps) {
  if (!source || source === "own") return null;
  return (
    // Inline elements only: this sits inside a form label or a heading.
    <span>
      <Badge color={source === "overridden" ? "blue" : "grey"}>{source}</Badge>
      {source === "overridden" && onReset && (
        <>
          {" "}
          <Button variant="inline-link" loading={resetting} ariaLabel={`Reset ${name} to template`} onClick={onReset}>
            Reset to template
          </Button>
        </>
      )}
    </span>
  );
}
