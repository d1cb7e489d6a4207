import type { VersionedConfig } from "@flow-configs/api-client";
import { diff } from "@flow-configs/model";
import type { QuickAction } from "@flow-configs/model";
import { useConfigSaved } from "../../api/config-queries";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { summarizeChanges } from "../config-history/change-summary";
import { useFlashAction } from "../use-flash-action";
import type { FlashMessage } from "../use-flash-messages";

/** Runs one of the config's quick actions; `adopt` puts the new version under the page's unsaved edits. */
export function useQuickAction(base: VersionedConfig, show: (message: FlashMessage) => void, adopt: (saved: VersionedConfig) => void) {
  const { client } = useFlowConfigs();
  const configSaved = useConfigSaved();
  const id = base.config.id;

  return useFlashAction(show, {
    run: async (action: QuickAction) => {
      const before = base.config;
      const saved = await client.runQuickAction(id, action.name);
      configSaved(saved);
      adopt(saved);
      return { saved, changes: diff(before, saved.config) };
    },
    success: ({ saved, changes }, action) => ({
      type: "success",
      header: `${action.name}: done`,
      content:
        changes.length > 0
          ? `Version ${saved.config.version} of ${id}: ${summarizeChanges(changes)}. Contact flows see it within seconds.`
          : `Every value was already set: contact flows read the same as before (version ${saved.config.version}).`,
    }),
  });
}
