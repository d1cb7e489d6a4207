import FormField from "@cloudscape-design/components/form-field";
import Select from "@cloudscape-design/components/select";
import { EXPIRY_OPTIONS, type ExpiryChoice } from "../expiry-options";

/** Picks when new entries leave the list. */
export function ExpirySelect({ value, onChange }: { value: ExpiryChoice; onChange: (choice: ExpiryChoice) => void }) {
  return (
    <FormField label="Leaves the list" description="Off the list from then on; the entry is deleted later">
      <Select
        selectedOption={EXPIRY_OPTIONS.find((option) => option.value === value) ?? null}
        options={[...EXPIRY_OPTIONS]}
        ariaLabel="Leaves the list"
        onChange={(event) => onChange(event.detail.selectedOption.value as ExpiryChoice)}
      />
    </FormField>
  );
}
