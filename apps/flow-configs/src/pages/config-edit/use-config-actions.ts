import { isApiError } from "@flow-configs/api-client";
import type { VersionedConfig } from "@flow-configs/api-client";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useConfigGone, useConfigSaved } from "../../api/config-queries";
import { downloadFile } from "@flow-configs/ui";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { failureFlash, useFlashAction } from "../use-flash-action";
import type { CloneModalProps } from "./components/clone-modal";
import type { FlashMessage, FlashNavigationState } from "../use-flash-messages";

/** An admin's actions on the config beside editing its values: clone, delete, export. */
export function useConfigActions(base: VersionedConfig, show: (message: FlashMessage) => void) {
  const { client, basePath } = useFlowConfigs();
  const navigate = useNavigate();
  const configSaved = useConfigSaved();
  const configGone = useConfigGone();
  const id = base.config.id;
  // A taken id is marked on the clone dialog's Id field, where the user fixes it.
  const [cloneIdTaken, setCloneIdTaken] = useState<string | null>(null);

  const clone = useFlashAction(show, {
    run: async (request: { id: string; linkTemplate: boolean }) => {
      const created = await client.clone(id, request);
      configSaved(created);
      const linked = created.config.templateId ? `, an instance of ${created.config.templateId}` : ", a detached copy";
      const state: FlashNavigationState = { flash: { type: "success", header: `Cloned ${id} as ${created.config.id}${linked}` } };
      navigate(`${basePath}/${encodeURIComponent(created.config.id)}`, { state });
    },
    failure: (failure, _request, error) => {
      if (!isApiError(error) || error.status !== 409) return failureFlash(failure);
      setCloneIdTaken(error.message);
      return { type: "error", header: failure.title, content: "Choose another id: nothing was created." };
    },
  });

  const remove = useFlashAction(show, {
    // `force`: delete although contact flows name it (the admin acknowledged the flows the dialog listed)
    run: async (force: boolean) => {
      await client.remove(id, { ifMatch: base.etag, ...(force ? { force } : {}) });
      configGone(id);
      const state: FlashNavigationState = { flash: { type: "success", header: `Deleted ${id}` } };
      navigate(basePath || "/", { state });
    },
  });

  const exportJson = useFlashAction(show, {
    run: async () => {
      const document = await client.exportConfigs([id]);
      downloadFile(`${id}.flow-configs.json`, `${JSON.stringify(document, null, 2)}\n`, "application/json");
    },
    success: () => ({ type: "success", header: `Exported ${id}`, content: `Saved as ${id}.flow-configs.json.` }),
  });

  /** The clone dialog's part, wired to this config's clone (the page gives the source and the way out). */
  const cloneDialog: Pick<CloneModalProps, "cloning" | "idTaken" | "onIdChange" | "onClone"> = {
    cloning: clone.running,
    idTaken: cloneIdTaken,
    onIdChange: () => setCloneIdTaken(null),
    onClone: (request) => void clone.run(request),
  };

  return { cloneDialog, remove, exportJson };
}
