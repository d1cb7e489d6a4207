import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import SpaceBetween from "@cloudscape-design/components/space-between";
import { formatInZone, instantOf, parseDateTime } from "@flow-configs/model";
import type { ChangeRequest, FlowConfig } from "@flow-configs/model";
import { useState } from "react";
import { formatDate } from "../../config-list/columns";
import type { ChangeRequests } from "../use-change-requests";
import { ChangeRequestRejectModal } from "./change-requests-reject-modal";
import { PatchChanges } from "./patch-changes";

export interface ChangeRequestsBannerProps {
  config: FlowConfig;
  changeRequests: ChangeRequests;
}

/** A window's bound as the config's zone shows it, e.g. `2026-12-25 00:00 CST`. */
function inZone(dateTime: string, timeZone: string): string {
  const parsed = parseDateTime(dateTime);
  return parsed ? formatInZone(instantOf(parsed, timeZone), timeZone) : dateTime;
}

function windowOf(request: ChangeRequest, timeZone: string): string | null {
  if (request.kind !== "schedule" || request.from === undefined) return null;
  return `In effect from ${inZone(request.from, timeZone)}${request.to ? ` to ${inZone(request.to, timeZone)}` : " until removed"}.`;
}

/**
 * The config's pending change requests (two-person rule), each with what it changes and who asked when:
 * Approve and Reject for an approver, "waiting" for everyone else.
 */
export function ChangeRequestsBanner({ config, changeRequests }: ChangeRequestsBannerProps) {
  const { pending, username, mayDecide, approve, reject } = changeRequests;
  const [rejecting, setRejecting] = useState<ChangeRequest | null>(null);
  if (pending.length === 0) return null;
  const deciding = approve.running || reject.running;
  const timeZone = config.timeZone ?? "UTC";

  return (
    // A named region: what a screen reader lists among the page's landmarks, and where a test finds the requests.
    <section aria-label="Changes waiting for approval">
      <SpaceBetween size="s">
        {pending.map((request) => {
          const asker = request.requestedBy === username ? "you" : request.requestedBy;
          const waiting = request.requestedBy === username ? "Waiting for approval by another person." : "Waiting for approval by an approver.";
          return (
            <Alert
              key={request.id}
              type="warning"
              header={`Change waiting for approval, asked by ${asker}`}
              action={
                mayDecide(request) && (
                  <SpaceBetween direction="horizontal" size="xs">
                    <Button onClick={() => setRejecting(request)} disabled={deciding}>
                      Reject
                    </Button>
                    <Button variant="primary" loading={approve.running} disabled={reject.running} onClick={() => void approve.run(request)}>
                      Approve
                    </Button>
                  </SpaceBetween>
                )
              }
            >
              <SpaceBetween size="s">
                <Box variant="small">{`${request.requestedBy}, ${formatDate(request.requestedAt)}. Contact flows read the current values until it is approved.`}</Box>
                {windowOf(request, timeZone) && <Box>{windowOf(request, timeZone)}</Box>}
                {request.note && <Box>{request.note}</Box>}
                <PatchChanges config={config} patch={request.patch} label={`What ${request.requestedBy}'s request changes`} />
                {!mayDecide(request) && <Box fontWeight="bold">{waiting}</Box>}
              </SpaceBetween>
            </Alert>
          );
        })}
        {rejecting && (
          <ChangeRequestRejectModal
            request={rejecting}
            rejecting={reject.running}
            onReject={(reason) => void reject.run({ request: rejecting, reason }).then(() => setRejecting(null))}
            onCancel={() => setRejecting(null)}
          />
        )}
      </SpaceBetween>
    </section>
  );
}
