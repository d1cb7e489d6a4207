import Badge from "@cloudscape-design/components/badge";
import Button from "@cloudscape-design/components/button";
import type { EntrySource } from "@flow-configs/model";

export interface SourceBadgeProps {
  name: string;
  source: EntrySource | undefined;
  /** Given when the user may drop the override: the entry then takes the template's value again on Save. */
  onReset?: () => void;
  /** The reset is marked and waits for Save. */
  resetPending?: boolean;
  onUndoReset?: () => void;
}

/** On a template instance: whether an entry comes from the template or is this office's own, with "Reset to template". */
export function SourceBadge({ name, source, onReset, resetPending, onUndoReset }: SourceBadgeProps) {
  if (!source || source === "own") return null;
  if (resetPending) {
    return (
      <span>
        <Badge color="severity-medium">reset to template on Save</Badge>{" "}
        {onUndoReset && (
          <Button variant="inline-link" ariaLabel={`Keep ${name}'s own value`} onClick={onUndoReset}>
            Undo
          </Button>
        )}
      </span>
    );
  }
  return (
    // Inline elements only: this sits inside a form label or a heading.
    <span>
      <Badge color={source === "overridden" ? "blue" : "grey"}>{source}</Badge>
      {source === "overridden" && onReset && (
        <>
          {" "}
          <Button variant="inline-link" ariaLabel={`Reset ${name} to template`} onClick={onReset}>
            Reset to template
          </Button>
        </>
      )}
    </span>
  );
}
