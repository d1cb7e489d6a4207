import Box from "@cloudscape-design/components/box";
import StatusIndicator from "@cloudscape-design/components/status-indicator";
import { formatInZone } from "@flow-configs/model";
import type { VariableInEffect } from "@flow-configs/model";

export interface InEffectNowProps {
  inEffect: VariableInEffect;
  timeZone: string;
}

/** `In effect now: true until 2026-12-26 00:00 CST`: what a scheduled window makes getConfig serve instead of the saved value. */
export function InEffectNow({ inEffect, timeZone }: InEffectNowProps) {
  const until = inEffect.untilMs === null ? "until the scheduled change is removed" : `until ${formatInZone(inEffect.untilMs, timeZone)}`;
  return (
    <Box variant="span">
      <StatusIndicator type="info">
        In effect now: {inEffect.value === "" ? "(empty)" : inEffect.value} {until}
      </StatusIndicator>
    </Box>
  );
}
