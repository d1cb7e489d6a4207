import Button from "@cloudscape-design/components/button";
import ColumnLayout from "@cloudscape-design/components/column-layout";
import Form from "@cloudscape-design/components/form";
import FormField from "@cloudscape-design/components/form-field";
import Input from "@cloudscape-design/components/input";
import SpaceBetween from "@cloudscape-design/components/space-between";
import { normalizePhoneNumber } from "@flow-configs/model";
import type { EntryInput } from "@flow-configs/model/caller-lists";
import { useState } from "react";
import { expiresAtFor, type ExpiryChoice } from "../expiry-options";
import { ExpirySelect } from "./expiry-select";

export interface AddEntryFormProps {
  adding: boolean;
  /** Resolves true when the entry was saved (the form then clears). */
  onAdd: (entry: EntryInput) => Promise<boolean>;
}

/** How the number typed so far is read, by the rule the API applies: the reading, or why it is refused. */
function readingOf(number: string): string | undefined {
  if (number.trim() === "") return undefined;
  const read = normalizePhoneNumber(number);
  return read.ok ? read.reading : `Not added as typed: ${read.reason}`;
}

/** One number with its reason, note and expiry. */
export function AddEntryForm({ adding, onAdd }: AddEntryFormProps) {
  const [number, setNumber] = useState("");
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [expiry, setExpiry] = useState<ExpiryChoice>("never");
  const submit = async () => {
    const expiresAt = expiresAtFor(expiry, new Date());
    const saved = await onAdd({ number, ...(reason ? { reason } : {}), ...(note ? { note } : {}), ...(expiresAt ? { expiresAt } : {}) });
    if (!saved) return;
    setNumber("");
    setReason("");
    setNote("");
  };
  return (
    <Form
      actions={
        <Button variant="primary" loading={adding} disabled={number.trim() === ""} onClick={() => void submit()}>
          Add number
        </Button>
      }
    >
      <SpaceBetween size="m">
        <ColumnLayout columns={2}>
          <FormField label="Number" description="Any common format; stored as E.164 (+15125550100)" constraintText={readingOf(number)}>
            <Input value={number} inputMode="tel" onChange={(event) => setNumber(event.detail.value)} ariaLabel="Number" />
          </FormField>
          <ExpirySelect value={expiry} onChange={setExpiry} />
        </ColumnLayout>
        <FormField label="Reason" description="What a contact flow reads as $.External.reason">
          <Input value={reason} onChange={(event) => setReason(event.detail.value)} ariaLabel="Reason" />
        </FormField>
        <FormField label="Note" description="For people only">
          <Input value={note} onChange={(event) => setNote(event.detail.value)} ariaLabel="Note" />
        </FormField>
      </SpaceBetween>
    </Form>
  );
}
