import ColumnLayout from "@cloudscape-design/components/column-layout";
import Container from "@cloudscape-design/components/container";
import Header from "@cloudscape-design/components/header";
import ProgressBar from "@cloudscape-design/components/progress-bar";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import { LIMITS, maxResponseSize, storedItemSize } from "@flow-configs/model";
import type { FlowConfig, StoredConfig } from "@flow-configs/model";

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The config as the store would write it; an instance's item is smaller (overrides only), so this errs high. */
function asStored(config: FlowConfig): StoredConfig {
  return {
    ...config,
    templateId: null,
    variables: config.variables.map(({ source: _source, ...variable }) => variable),
    prompts: config.prompts.map(({ source: _source, ...prompt }) => prompt),
  };
}

interface MeterProps {
  label: string;
  bytes: number;
  limit: number;
  detail: string;
}

function Meter({ label, bytes, limit, detail }: MeterProps) {
  const ratio = bytes / limit;
  const status = ratio >= 1 ? "error" : ratio >= LIMITS.warnRatio ? "warning" : "success";
  const message =
    status === "error"
      ? `Over the ${kb(limit)} limit: Save is off until texts are shorter.`
      : status === "warning"
        ? `Over ${Math.round(LIMITS.warnRatio * 100)} % of the ${kb(limit)} limit.`
        : `Within the ${kb(limit)} limit.`;
  return (
    <ProgressBar
      label={label}
      value={Math.min(100, Math.round(ratio * 1000) / 10)}
      description={`${kb(bytes)} of ${kb(limit)} ${detail}`}
      additionalInfo={<StatusIndicator type={status}>{message}</StatusIndicator>}
    />
  );
}

/** Live meters for the two hard limits: Connect's 32 KB Lambda response and DynamoDB's 400 KB item. */
export function SizeMeters({ config }: { config: FlowConfig }) {
  const response = maxResponseSize(config);
  return (
    <Container header={<Header variant="h2">Size</Header>}>
      <ColumnLayout columns={2}>
        <Meter label="getConfig response" bytes={response.bytes} limit={LIMITS.responseBytes} detail={`(largest: ${response.lang}, ${response.channel})`} />
        <Meter label="Stored item" bytes={storedItemSize(asStored(config))} limit={LIMITS.itemBytes} detail="(DynamoDB item)" />
      </ColumnLayout>
    </Container>
  );
}
