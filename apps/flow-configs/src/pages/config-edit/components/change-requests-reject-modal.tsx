import Box from "@cloudscape-design/components/box";
import FormField from "@cloudscape-design/components/form-field";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Textarea from "@cloudscape-design/components/textarea";
import type { ChangeRequest } from "@flow-configs/model";
import { useState } from "react";
import { ConfirmModal } from "@flow-configs/ui";

export interface ChangeRequestRejectModalProps {
  request: ChangeRequest;
  rejecting: boolean;
  onReject: (reason: string) => void;
  onCancel: () => void;
}

/** Rejecting a change request asks why: the requester and the history read the reason. */
export function ChangeRequestRejectModal({ request, rejecting, onReject, onCancel }: ChangeRequestRejectModalProps) {
  const [reason, setReason] = useState("");
  const trimmed = reason.trim();
  return (
    <ConfirmModal header={`Reject ${request.requestedBy}'s change?`} confirmText="Reject" confirming={rejecting} canConfirm={trimmed !== ""} onConfirm={() => onReject(trimmed)} onCancel={onCancel}>
      <SpaceBetween size="m">
        <Box>Nothing a contact flow reads changes. {request.requestedBy} sees your reason in the history.</Box>
        <FormField label="Reason" constraintText="Required, up to 1024 characters.">
          <Textarea value={reason} onChange={({ detail }) => setReason(detail.value.slice(0, 1024))} placeholder="Not during the sale" />
        </FormField>
      </SpaceBetween>
    </ConfirmModal>
  );
}
