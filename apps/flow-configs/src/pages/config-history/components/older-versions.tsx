import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import { describeError } from "../../../api/describe-error";

export interface OlderVersionsProps {
  loading: boolean;
  /** Why the last page did not load; the button then tries again. */
  error: unknown;
  onLoad: () => void;
}

/** The history table's footer: the next page of older versions, on request. */
export function OlderVersions({ loading, error, onLoad }: OlderVersionsProps) {
  return (
    <Box textAlign="center">
      <SpaceBetween size="xs">
        {error ? <StatusIndicator type="error">{describeError(error).message}</StatusIndicator> : null}
        <Button loading={loading} loadingText="Loading older versions" onClick={onLoad}>
          {error ? "Try again" : "Show older versions"}
        </Button>
      </SpaceBetween>
    </Box>
  );
}
