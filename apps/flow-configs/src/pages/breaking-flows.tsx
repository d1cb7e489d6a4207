import Alert from "@cloudscape-design/components/alert";
import SpaceBetween from "@cloudscape-design/components/space-between";
import Table from "@cloudscape-design/components/table";
import Toggle from "@cloudscape-design/components/toggle";

/** A contact flow a change would break, and why (the names it reads, or that it names the config). */
export interface BreakingFlow {
  name: string;
  detail: string;
}

export interface BreakingFlowsProps {
  flows: readonly BreakingFlow[];
  /** What the flows will do once the change is made, e.g. "take their Error branch". */
  consequence: string;
  acknowledged: boolean;
  onAcknowledge: (acknowledged: boolean) => void;
}

const COLUMNS = [
  { id: "name", header: "Contact flow", isRowHeader: true, cell: (flow: BreakingFlow) => flow.name },
  { id: "detail", header: "Why it breaks", cell: (flow: BreakingFlow) => flow.detail },
];

/** The flows a delete or shape change would break, and the explicit acknowledgement it then needs. */
export function BreakingFlows({ flows, consequence, acknowledged, onAcknowledge }: BreakingFlowsProps) {
  const count = `${flows.length} contact ${flows.length === 1 ? "flow" : "flows"}`;
  return (
    <Alert type="error" header={`${count} would break`}>
      <SpaceBetween size="s">
        <Table variant="embedded" items={[...flows]} columnDefinitions={COLUMNS} trackBy="name" wrapLines ariaLabels={{ tableLabel: "Contact flows that would break" }} />
        <Toggle checked={acknowledged} onChange={(event) => onAcknowledge(event.detail.checked)}>
          Go ahead: I understand these flows will {consequence}
        </Toggle>
      </SpaceBetween>
    </Alert>
  );
}
