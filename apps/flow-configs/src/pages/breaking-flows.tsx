import Alert from "@cloudscape-design/components/alert";
import Checkbox from "@cloudscape-design/components/checkbox";
import List from "@cloudscape-design/components/list";
import SpaceBetween from "@cloudscape-design/components/space-between";

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

/** The flows a delete or shape change would break, and the explicit acknowledgement it then needs. */
export function BreakingFlows({ flows, consequence, acknowledged, onAcknowledge }: BreakingFlowsProps) {
  const count = `${flows.length} contact ${flows.length === 1 ? "flow" : "flows"}`;
  return (
    <Alert type="error" header={`${count} would break`}>
      <SpaceBetween size="s">
        <List
          ariaLabel="Contact flows that would break"
          items={flows}
          renderItem={(flow) => ({ id: flow.name, content: flow.name, secondaryContent: flow.detail })}
        />
        <Checkbox checked={acknowledged} onChange={(event) => onAcknowledge(event.detail.checked)}>
          Go ahead: I understand these flows will {consequence}
        </Checkbox>
      </SpaceBetween>
    </Alert>
  );
}
