import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import ColumnLayout from "@cloudscape-design/components/column-layout";
import Container from "@cloudscape-design/components/container";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { FlowConfig, QuickAction } from "@flow-configs/model";
import { useId, useState } from "react";
import { ConfirmModal } from "@flow-configs/ui";
import { PatchChanges } from "./patch-changes";

export interface QuickActionsProps {
  config: FlowConfig;
  /** While a quick action runs. */
  running: boolean;
  onRun: (action: QuickAction) => Promise<unknown>;
}

/**
 * The config's quick actions, first on its page: large, one tap, then a confirm that lists what changes
 * (the fire alarm, on a phone). An admin pre-approved them, so they apply at once even where approval is required.
 */
export function QuickActions({ config, running, onRun }: QuickActionsProps) {
  const [chosen, setChosen] = useState<QuickAction | null>(null);
  const descriptionId = useId();
  const actions = config.quickActions ?? [];
  if (actions.length === 0) return null;

  const run = async (action: QuickAction) => {
    await onRun(action);
    // The outcome is a flash on the page, which the dialog would cover.
    setChosen(null);
  };

  return (
    <Container header={<Header variant="h2" description="Pre-approved by an administrator: they change the values at once.">Quick actions</Header>}>
      <ColumnLayout columns={Math.min(actions.length, 3)}>
        {actions.map((action, index) => (
          <SpaceBetween key={action.name} size="xxs">
            <Button fullWidth ariaDescribedby={action.description ? `${descriptionId}-${index}` : undefined} disabled={running} onClick={() => setChosen(action)}>
              {action.name}
            </Button>
            {action.description && (
              <Box id={`${descriptionId}-${index}`} variant="small" color="text-body-secondary">
                {action.description}
              </Box>
            )}
          </SpaceBetween>
        ))}
      </ColumnLayout>
      {chosen && (
        <ConfirmModal
          header={`Run ${chosen.name}?`}
          confirmText={`Run ${chosen.name}`}
          confirming={running}
          onConfirm={() => void run(chosen)}
          onCancel={() => setChosen(null)}
        >
          <SpaceBetween size="m">
            <Box>{`These values of ${config.id} change now, for every contact flow that reads them${config.approval === "required" ? ", without waiting for approval" : ""}:`}</Box>
            <PatchChanges config={config} patch={chosen.patch} label={`What ${chosen.name} changes`} />
          </SpaceBetween>
        </ConfirmModal>
      )}
    </Container>
  );
}
