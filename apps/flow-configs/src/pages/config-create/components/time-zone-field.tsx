import Autosuggest from "@cloudscape-design/components/autosuggest";
import FormField from "@cloudscape-design/components/form-field";
import { formatInZone, TimeZoneSchema } from "@flow-configs/model";
import { useState } from "react";

/** Every zone the browser knows; some engines leave UTC out of the list, though it is the default. */
const TIME_ZONE_OPTIONS = [...new Set(["UTC", ...Intl.supportedValuesOf("timeZone")])].map((zone) => ({ value: zone }));

export interface TimeZoneFieldProps {
  value: string;
  /** What the last save attempt found wrong with it. */
  errorText?: string;
  onChange: (value: string) => void;
}

/** Why a typed zone is refused, by the model's own schema; null when it is a zone (or empty: UTC). */
export function timeZoneProblem(typed: string): string | null {
  if (typed.trim() === "") return null;
  return TimeZoneSchema.safeParse(typed.trim()).error?.issues[0]?.message ?? null;
}

/** The zone wall-clock times of scheduled changes are read in: typed or picked from the IANA names. */
export function TimeZoneField({ value, errorText, onChange }: TimeZoneFieldProps) {
  // A half-typed zone is not an error until the admin leaves the field.
  const [left, setLeft] = useState(false);
  const problem = timeZoneProblem(value);
  const zone = value.trim() || "UTC";
  return (
    <FormField
      label="Time zone"
      description="Scheduled changes without an offset (2026-12-25T00:00) are read in this zone. Empty: UTC."
      constraintText={problem ? undefined : `Now ${formatInZone(Date.now(), zone)} in ${zone}`}
      errorText={(left && problem) || errorText}
      stretch
    >
      <Autosuggest
        ariaLabel="Time zone"
        value={value}
        options={TIME_ZONE_OPTIONS}
        placeholder="UTC"
        enteredTextLabel={(text) => `Use "${text}"`}
        clearAriaLabel="Clear time zone"
        empty="No time zone has that name"
        onChange={(event) => onChange(event.detail.value)}
        onBlur={() => setLeft(true)}
      />
    </FormField>
  );
}
