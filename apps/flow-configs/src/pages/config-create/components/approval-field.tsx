import FormField from "@cloudscape-design/components/form-field";
import Toggle from "@cloudscape-design/components/toggle";
import type { Approval } from "@flow-configs/model";

export interface ApprovalFieldProps {
  approval: Approval | null;
  onChange: (approval: Approval) => void;
}

/** The two-person rule: whether a values change waits for a second person. */
export function ApprovalField({ approval, onChange }: ApprovalFieldProps) {
  return (
    <FormField
      label="Approval"
      description="When on, a change of values or a scheduled change, by anyone, waits until a second person (an admin or an approver, never the requester) approves it. Quick actions still apply at once: they are approved here."
      stretch
    >
      <Toggle checked={approval === "required"} onChange={(event) => onChange(event.detail.checked ? "required" : "none")}>
        Require a second person's approval
      </Toggle>
    </FormField>
  );
}
