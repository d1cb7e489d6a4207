import Container from "@cloudscape-design/components/container";
import Header from "@cloudscape-design/components/header";
import KeyValuePairs from "@cloudscape-design/components/key-value-pairs";
import type { FlowConfig } from "@flow-configs/model";
import { useConfigQuery } from "../../../api/config-queries";

/** An unset zone is UTC, as the model reads it. */
const zoneOf = (config: FlowConfig): string => config.timeZone ?? "UTC";

/**
 * What an instance takes from its template besides the shape: the time zone (unless the office set its
 * own), approval and quick actions. Shown, not edited: they change on the template.
 */
export function InheritedSafeChange({ instance, templateId }: { instance: FlowConfig; templateId: string }) {
  const template = useConfigQuery(templateId).data?.config;
  const inherited = (text: string) => `Inherited from template: ${text}`;
  const zone = zoneOf(instance);
  const ownZone = template && zoneOf(template) !== zone;
  return (
    <Container header={<Header variant="h2">Time zone, approval and quick actions</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          { label: "Time zone", value: ownZone ? `${zone}, this office's own (the template's: ${zoneOf(template)})` : inherited(zone) },
          { label: "Approval", value: inherited(instance.approval === "required" ? "a second person approves every change" : "not required") },
          { label: "Quick actions", value: inherited(instance.quickActions?.map((action) => action.name).join(", ") || "none") },
        ]}
      />
    </Container>
  );
}
