import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import type { StatusIndicatorProps } from "@cloudscape-design/components/status-indicator";
import Table from "@cloudscape-design/components/table";
import { formatInZone, instantOf, parseDateTime, windowStatus, zoneLabel } from "@flow-configs/model";
import type { EntryValuesPatch, FlowConfig, ScheduledChange, WindowStatus } from "@flow-configs/model";
import { useState } from "react";
import type { ReactNode } from "react";
import { useMediaQuery } from "../../../api/use-media-query";
import { ConfirmModal } from "@flow-configs/ui";

type RowStatus = WindowStatus | "not-served";

export interface TimelineRow {
  change: ScheduledChange;
  status: RowStatus;
  fromMs: number;
  toMs: number;
  /** Set for a template's window: it is removed on the template. */
  templateId: string | null;
  /** Why the shape no longer fits the window (it is never served). */
  misfit: string | null;
}

const STATUS: Record<RowStatus, { type: StatusIndicatorProps.Type; label: string }> = {
  "in-effect": { type: "success", label: "In effect" },
  upcoming: { type: "pending", label: "Upcoming" },
  ended: { type: "stopped", label: "Ended" },
  "not-served": { type: "warning", label: "Not served" },
};

const ORDER: Record<RowStatus, number> = { "not-served": 0, "in-effect": 1, upcoming: 2, ended: 3 };

const instant = (text: string, timeZone: string) => {
  const parsed = parseDateTime(text);
  return parsed ? instantOf(parsed, timeZone) : Number.NaN;
};

/** The config's windows and its template's: what is wrong first, then in effect, upcoming (soonest first), ended (latest first). */
export function timelineRows(config: FlowConfig, timeZone: string, nowMs: number): TimelineRow[] {
  const misfits = new Map((config.scheduleMisfits ?? []).map((misfit) => [misfit.id, misfit.issues.map((issue) => issue.message).join("; ")]));
  const row = (change: ScheduledChange, templateId: string | null): TimelineRow => {
    const fromMs = instant(change.from, timeZone);
    const toMs = change.to === undefined ? Number.POSITIVE_INFINITY : instant(change.to, timeZone);
    const misfit = misfits.get(change.id) ?? null;
    return { change, fromMs, toMs, templateId, misfit, status: misfit ? "not-served" : windowStatus({ fromMs, toMs }, nowMs) };
  };
  const rows = [...(config.templateScheduledChanges ?? []).map((change) => row(change, config.templateId)), ...(config.scheduledChanges ?? []).map((change) => row(change, null))];
  return rows.sort((a, b) => ORDER[a.status] - ORDER[b.status] || (a.status === "ended" ? b.toMs - a.toMs : a.fromMs - b.fromMs));
}

/** `Closure → true, Welcome (en-US voice)`: what a window sets, by name. */
export function describePatch(patch: EntryValuesPatch): string {
  const variables = patch.variables.map((change) => `${change.name} → ${change.value === "" ? "(empty)" : change.value}`);
  const prompts = patch.prompts.map((change) => {
    const texts = Object.entries(change.values).flatMap(([language, variants]) => Object.keys(variants).map((variant) => `${language} ${variant}`));
    return `${change.name} (${texts.join(", ")})`;
  });
  return [...variables, ...prompts].join(", ");
}

export interface ScheduleTimelineProps {
  config: FlowConfig;
  timeZone: string;
  nowMs: number;
  /** Given when the user may schedule and remove. */
  onSchedule?: () => void;
  onRemove?: (window: { id: string; label: string }) => Promise<unknown>;
  removing?: boolean;
}

/** The config's scheduled changes on its zone's clocks: in effect, upcoming and ended, each removable by those who may schedule. */
export function ScheduleTimeline({ config, timeZone, nowMs, onSchedule, onRemove, removing }: ScheduleTimelineProps) {
  const [confirming, setConfirming] = useState<TimelineRow | null>(null);
  const isPhone = useMediaQuery("(max-width: 688px)");
  const rows = timelineRows(config, timeZone, nowMs);
  const when = (ms: number) => formatInZone(ms, timeZone);
  const until = (row: TimelineRow) => (Number.isFinite(row.toMs) ? when(row.toMs) : "until removed");
  const status = (row: TimelineRow): ReactNode => <StatusIndicator type={STATUS[row.status].type}>{STATUS[row.status].label}</StatusIndicator>;
  const removeButton = (row: TimelineRow): ReactNode => {
    if (!onRemove) return null;
    if (row.templateId) return <Box variant="small">Scheduled on template {row.templateId}: remove it there</Box>;
    return (
      <Button variant="inline-link" ariaLabel={`Remove the scheduled change of ${describePatch(row.change.patch)} from ${when(row.fromMs)}`} onClick={() => setConfirming(row)}>
        Remove
      </Button>
    );
  };
  const changes = (row: TimelineRow): ReactNode => (
    <SpaceBetween size="xxxs">
      <span>{describePatch(row.change.patch)}</span>
      {row.change.note && <Box variant="small">{row.change.note}</Box>}
      {row.misfit && <Box variant="small" color="text-status-warning">{row.misfit}</Box>}
    </SpaceBetween>
  );
  return (
    <>
      <Table
        items={rows}
        trackBy={(row) => row.change.id}
        wrapLines
        ariaLabels={{ tableLabel: "Scheduled changes" }}
        columnDisplay={(isPhone ? ["window"] : ["status", "changes", "from", "to", "by", "actions"]).map((id) => ({ id, visible: true }))}
        header={
          <Header
            variant="h2"
            counter={`(${rows.length})`}
            description={`Values that change on their own and change back. Times in ${zoneLabel(timeZone, nowMs)}.`}
            actions={onSchedule && <Button onClick={onSchedule}>Schedule a change</Button>}
          >
            Scheduled changes
          </Header>
        }
        empty={<Box color="text-body-secondary">No scheduled changes.{onSchedule ? " Schedule one to change values for a while, for example on a holiday." : ""}</Box>}
        columnDefinitions={[
          { id: "status", header: "Status", cell: status },
          { id: "changes", header: "Changes", cell: changes, isRowHeader: true },
          { id: "from", header: "From", cell: (row) => when(row.fromMs) },
          { id: "to", header: "To", cell: until },
          { id: "by", header: "Scheduled by", cell: (row) => (row.templateId ? `${row.change.createdBy} (on ${row.templateId})` : row.change.createdBy) },
          // On a phone one cell holds the window and its Remove, so nothing scrolls sideways or breaks mid-word.
          {
            id: "window",
            header: "Window",
            isRowHeader: true,
            cell: (row) => (
              <SpaceBetween size="xxs">
                {status(row)}
                {changes(row)}
                <Box variant="small">From {when(row.fromMs)}</Box>
                <Box variant="small">{Number.isFinite(row.toMs) ? `To ${until(row)}` : "Until removed"}</Box>
                {removeButton(row)}
              </SpaceBetween>
            ),
          },
          { id: "actions", header: "Actions", cell: removeButton },
        ]}
      />
      {confirming && onRemove && (
        <ConfirmModal
          header="Remove this scheduled change?"
          confirmText="Remove"
          confirming={removing}
          onCancel={() => setConfirming(null)}
          onConfirm={() => void onRemove({ id: confirming.change.id, label: describePatch(confirming.change.patch) }).then(() => setConfirming(null))}
        >
          <SpaceBetween size="s">
            <Box>
              {describePatch(confirming.change.patch)}, from {when(confirming.fromMs)} {Number.isFinite(confirming.toMs) ? `to ${when(confirming.toMs)}` : "until removed"}.
            </Box>
            <Box>{confirming.status === "in-effect" ? "It is in effect now: contact flows get the saved values again within seconds." : "It will not take effect."}</Box>
          </SpaceBetween>
        </ConfirmModal>
      )}
    </>
  );
}
