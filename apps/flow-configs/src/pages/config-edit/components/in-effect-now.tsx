import Box from "@cloudscape-design/components/box";
import Icon from "@cloudscape-design/components/icon";
import { formatInZone } from "@flow-configs/model";

export interface InEffectNowProps {
  /** What getConfig serves now instead of the saved value, and until when (null: until the window is removed). */
  inEffect: { value: string; untilMs: number | null };
  timeZone: string;
}

/** `In effect now: true until 2026-12-26 00:00 CST`: what a scheduled window makes getConfig serve instead of the saved value. */
export function InEffectNow({ inEffect, timeZone }: InEffectNowProps) {
  const until = inEffect.untilMs === null ? "until the scheduled change is removed" : `until ${formatInZone(inEffect.untilMs, timeZone)}`;
  // Not a StatusIndicator: its text breaks anywhere, splitting a time in two on a phone; here it wraps by words.
  return (
    <Box variant="span" color="text-status-info">
      <Icon name="status-info" variant="link" /> In effect now: {inEffect.value === "" ? "(empty)" : inEffect.value} {until}
    </Box>
  );
}
