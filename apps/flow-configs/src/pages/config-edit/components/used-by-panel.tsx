import Alert from "@cloudscape-design/components/alert";
import Badge from "@cloudscape-design/components/badge";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import Table from "@cloudscape-design/components/table";
import type { FlowUsage } from "@flow-configs/model";
import { describeError } from "../../../api/describe-error";
import type { ConfigUsageState } from "../../../api/use-config-usage";
import { formatDate } from "../../config-list/columns";

const COLUMNS = [
  {
    id: "name",
    header: "Contact flow",
    isRowHeader: true,
    cell: (flow: FlowUsage) => (
      <SpaceBetween direction="horizontal" size="xxs">
        <span>{flow.name}</span>
        {flow.type === "MODULE" && <Badge>module</Badge>}
        {flow.dynamic && <Badge color="blue">dynamic</Badge>}
      </SpaceBetween>
    ),
  },
  { id: "reads", header: "Reads", cell: (flow: FlowUsage) => (flow.reads.length > 0 ? flow.reads.join(", ") : "-") },
  {
    id: "broken",
    header: "Broken references",
    cell: (flow: FlowUsage) =>
      flow.undefinedReads.length > 0 ? <StatusIndicator type="error">{`Not defined: ${flow.undefinedReads.join(", ")}`}</StatusIndicator> : <StatusIndicator type="success">None</StatusIndicator>,
  },
];

/**
 * "Used by": the contact flows that call getConfig for this config, what each reads, and the names they
 * read that it does not define. A dynamic use reaches it through a lookup key, not its id.
 */
export function UsedByPanel({ state }: { state: ConfigUsageState }) {
  const { usage, loading, error, refresh } = state;
  const failure = error ? describeError(error) : null;
  const broken = usage?.flows.filter((flow) => flow.undefinedReads.length > 0).length ?? 0;
  return (
    <Container
      header={
        <Header
          variant="h2"
          counter={usage ? `(${usage.flows.length})` : undefined}
          description={usage ? `Contact flows that read this config, as of ${formatDate(usage.scannedAt)}` : "Contact flows that read this config"}
          actions={
            <Button iconName="refresh" loading={loading} onClick={refresh} ariaLabel="Refresh the flows">
              Refresh
            </Button>
          }
        >
          Used by
        </Header>
      }
    >
      <SpaceBetween size="s">
        {failure && <Alert type="error" header={failure.title}>{failure.message}</Alert>}
        {broken > 0 && (
          <Alert type="warning" header="Broken references">
            {broken === 1 ? "One flow reads" : `${broken} flows read`} names this config does not define: they get no value for them.
          </Alert>
        )}
        {usage?.errors && usage.errors.length > 0 && (
          <Alert type="warning" header="Some flows could not be read">
            {usage.errors.map((flowError) => `${flowError.name}: ${flowError.message}`).join("; ")}
          </Alert>
        )}
        {usage && (
          <Table
            variant="embedded"
            items={usage.flows}
            columnDefinitions={COLUMNS}
            trackBy="id"
            wrapLines
            ariaLabels={{ tableLabel: "Contact flows that use this config" }}
            empty={<Box color="text-status-inactive">No contact flow uses this config.</Box>}
          />
        )}
      </SpaceBetween>
    </Container>
  );
}
