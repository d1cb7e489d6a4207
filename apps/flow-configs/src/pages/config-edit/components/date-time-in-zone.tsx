import DatePicker from "@cloudscape-design/components/date-picker";
import FormField from "@cloudscape-design/components/form-field";
import SpaceBetween from "@cloudscape-design/components/space-between";
import TimeInput from "@cloudscape-design/components/time-input";
import { useId } from "react";
import type { WallClockFields } from "./wall-clock-fields";

export interface DateTimeInZoneProps {
  /** "From", "To", "At": the pickers are named "<label> date" and "<label> time". */
  label: string;
  /** The zone's name as users read it: `America/Chicago (CST)`. */
  zone: string;
  value: WallClockFields;
  onChange: (value: WallClockFields) => void;
  description?: string;
  errorText?: string;
}

/** A date and a time (to the second) on the clocks of the config's zone, which the field names. */
export default function DateTimeInZone({ label, zone, value, onChange, description, errorText }: DateTimeInZoneProps) {
  // The field's label would name both pickers alike: each is named by its own ("From date", "From time").
  const dateLabel = useId();
  const timeLabel = useId();
  return (
    <FormField label={label} description={description ? `${zone}. ${description}` : zone} errorText={errorText}>
      <span id={dateLabel} hidden>
        {label} date
      </span>
      <span id={timeLabel} hidden>
        {label} time
      </span>
      <SpaceBetween direction="horizontal" size="xs">
        <DatePicker
          value={value.date}
          format="iso"
          inputFormat="iso"
          placeholder="YYYY-MM-DD"
          ariaLabelledby={dateLabel}
          i18nStrings={{
            openCalendarAriaLabel: (selected) => `Choose the ${label.toLowerCase()} date${selected ? `, ${selected}` : ""}`,
            todayAriaLabel: "Today",
            nextMonthAriaLabel: "Next month",
            previousMonthAriaLabel: "Previous month",
          }}
          onChange={(event) => onChange({ ...value, date: event.detail.value })}
        />
        <TimeInput
          value={value.time}
          format="hh:mm:ss"
          placeholder="hh:mm:ss"
          ariaLabelledby={timeLabel}
          onChange={(event) => onChange({ ...value, time: event.detail.value })}
        />
      </SpaceBetween>
    </FormField>
  );
}
