import Alert from "@cloudscape-design/components/alert";
import AttributeEditor from "@cloudscape-design/components/attribute-editor";
import Input from "@cloudscape-design/components/input";
import SpaceBetween from "@cloudscape-design/components/space-between";
import { isApiError } from "@flow-configs/api-client";
import type { VersionedConfig } from "@flow-configs/api-client";
import { useState } from "react";
import { useConfigSaved } from "../../../api/config-queries";
import { useFlowConfigs } from "../../../expose/flow-configs-context";
import { ConfirmModal } from "@flow-configs/ui";
import { useFlashAction } from "../../use-flash-action";
import type { FlashMessage } from "../../use-flash-messages";
import { MAX_LOOKUP_KEYS, NO_LOOKUP_KEYS, lookupKeyRowErrors, refusedRows } from "./lookup-keys-rows";

export interface LookupKeysModalProps {
  /** The version the page shows: the write is conditional on it (If-Match). */
  base: VersionedConfig;
  show: (message: FlashMessage) => void;
  onSaved: (saved: VersionedConfig) => void;
  onCancel: () => void;
}

interface Refusal {
  rows: Record<number, string>;
  rest: string[];
}

const NONE: Refusal = { rows: {}, rest: [] };

/** An admin adds and removes the keys that find a config; what the API refuses is marked on its row. */
export function LookupKeysModal({ base, show, onSaved, onCancel }: LookupKeysModalProps) {
  const { client } = useFlowConfigs();
  const configSaved = useConfigSaved();
  const { id } = base.config;
  const [keys, setKeys] = useState<string[]>(() => [...base.config.lookupKeys]);
  const [submitted, setSubmitted] = useState(false);
  const [refused, setRefused] = useState<Refusal>(NONE);
  const typed = lookupKeyRowErrors(keys);

  const saving = useFlashAction(show, {
    run: async (lookupKeys: string[]) => {
      const saved = await client.replaceLookupKeys(id, lookupKeys, { ifMatch: base.etag });
      configSaved(saved);
      onSaved(saved);
      return saved;
    },
    success: ({ config }) => ({ type: "success", header: `Saved the lookup keys of ${id}`, content: `Version ${config.version}. Contact flows find it by the new keys within seconds.` }),
    // The modal stays open with the refusal on the rows: the admin fixes them where they are.
    failure: (failure, lookupKeys, error) => {
      setRefused(isApiError(error) && error.issues.length > 0 ? refusedRows(error.issues, lookupKeys) : { rows: {}, rest: [`${failure.title}: ${failure.message}`] });
      return null;
    },
  });

  const edit = (next: string[]) => {
    setKeys(next);
    setRefused(NONE);
  };

  const save = () => {
    setSubmitted(true);
    if (typed.some((error) => error !== undefined)) return;
    void saving.run(keys.map((key) => key.trim()));
  };

  return (
    <ConfirmModal header={`Lookup keys of ${id}`} confirmText="Save lookup keys" confirming={saving.running} onConfirm={save} onCancel={onCancel}>
      <SpaceBetween size="m">
        {refused.rest.length > 0 && <Alert type="error">{refused.rest.join("; ")}</Alert>}
        <AttributeEditor
          items={keys}
          definition={[
            {
              label: "Lookup key",
              control: (key: string, index: number) => (
                <Input value={key} ariaLabel={`Lookup key ${index + 1}`} onChange={(event) => edit(keys.map((old, at) => (at === index ? event.detail.value : old)))} />
              ),
              errorText: (key: string, index: number) => refused.rows[index] ?? (submitted || key.trim() !== "" ? typed[index] : undefined),
            },
          ]}
          addButtonText="Add lookup key"
          onAddButtonClick={() => edit([...keys, ""])}
          disableAddButton={keys.length >= MAX_LOOKUP_KEYS}
          removeButtonText="Remove"
          removeButtonAriaLabel={(key: string) => `Remove lookup key ${key}`}
          onRemoveButtonClick={(event) => edit(keys.filter((_key, at) => at !== event.detail.itemIndex))}
          empty={NO_LOOKUP_KEYS}
          additionalInfo={`Dialed numbers or office ids a flow passes as lookup, at most ${MAX_LOOKUP_KEYS}. Each key finds one config.`}
        />
      </SpaceBetween>
    </ConfirmModal>
  );
}
