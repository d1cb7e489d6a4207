import Box from "@cloudscape-design/components/box";
import { ConfirmModal } from "@flow-configs/ui";

export interface AffectsOfficesModalProps {
  templateId: string;
  officeCount: number;
  /** What is saved: values reach the offices that do not override them, a shape reaches every office. */
  change: "values" | "shape";
  saving: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

const offices = (count: number): string => `${count} ${count === 1 ? "office" : "offices"}`;

/** Asked before a template's save is sent: every office inherits from it, so one save reaches them all. */
export function AffectsOfficesModal({ templateId, officeCount, change, saving, onConfirm, onCancel }: AffectsOfficesModalProps) {
  return (
    <ConfirmModal header={`This change affects ${offices(officeCount)}`} confirmText={`Save for ${offices(officeCount)}`} confirming={saving} onConfirm={onConfirm} onCancel={onCancel}>
      <Box variant="p">
        {change === "values"
          ? `${templateId} is the template of ${offices(officeCount)}. Contact flows of every office that does not override these values read the new ones within seconds.`
          : `${templateId} is the template of ${offices(officeCount)}. Every office takes the new shape at once; an office keeps its own values where it overrides them.`}
      </Box>
    </ConfirmModal>
  );
}
