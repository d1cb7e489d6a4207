import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import SpaceBetween from "@cloudscape-design/components/space-between";
import StatusIndicator from "@cloudscape-design/components/status-indicator";

export interface ActionBarProps {
  changeCount: number;
  saving: boolean;
  /** Why Save is off, shown beside it; null while saving is allowed. */
  blocked: string | null;
  onSave: () => void;
  onDiscard: () => void;
}

/**
 * Save and Discard, stuck to the bottom of the window while there are unsaved changes: on a phone Save would
 * otherwise sit three screens below the value just changed. The shell's AppLayout sets the offset.
 */
export function ActionBar({ changeCount, saving, blocked, onSave, onDiscard }: ActionBarProps) {
  if (changeCount === 0) return null;
  return (
    <div
      role="region"
      aria-label="Unsaved changes"
      style={{ position: "sticky", bottom: "var(--awsui-sticky-vertical-bottom-offset, 0px)", zIndex: 850, marginTop: 16 }}
    >
      <Container variant="stacked">
        <SpaceBetween size="xs">
          <SpaceBetween direction="horizontal" size="s" alignItems="center">
            <Box variant="strong">{changeCount === 1 ? "1 unsaved change" : `${changeCount} unsaved changes`}</Box>
            <Button disabled={saving} onClick={onDiscard}>
              Discard
            </Button>
            <Button variant="primary" loading={saving} disabled={blocked !== null} onClick={onSave}>
              Save
            </Button>
          </SpaceBetween>
          {blocked && <StatusIndicator type="error">Save is off: {blocked}. Shorten texts first.</StatusIndicator>}
        </SpaceBetween>
      </Container>
    </div>
  );
}
