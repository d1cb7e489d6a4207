import ButtonDropdown from "@cloudscape-design/components/button-dropdown";
import type { VersionedConfig } from "@flow-configs/api-client";
import { flowsBrokenByDelete } from "@flow-configs/model";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useConfigUsage } from "../../../api/use-config-usage";
import { useFlowConfigs } from "../../../expose/flow-configs-context";
import { CloneModal } from "../../config-edit/components/clone-modal";
import { DeleteModal } from "../../config-edit/components/delete-modal";
import { useConfigActions } from "../../config-edit/use-config-actions";
import type { FlashMessage } from "../../use-flash-messages";

type Action = "shape" | "clone" | "export" | "delete";

/** Delete asks which flows name the list: their usage is read only once the admin opens the dialog. */
function DeleteListModal({ base, deleting, onDelete, onCancel }: { base: VersionedConfig; deleting: boolean; onDelete: (force: boolean) => void; onCancel: () => void }) {
  const { client } = useFlowConfigs();
  const usage = useConfigUsage(client, base.config.id);
  const id = base.config.id;
  const breakingFlows = flowsBrokenByDelete(usage.usage?.flows ?? []).map((flow) => ({ name: flow.name, detail: `calls isBadActor or getConfig with ${id}` }));
  return <DeleteModal configId={id} deleting={deleting} breakingFlows={breakingFlows} onDelete={onDelete} onCancel={onCancel} />;
}

/** An admin's actions on a list config, on its list page (the page a list opens on): its shape, clone, export, delete. */
export function ListAdminActions({ base, show }: { base: VersionedConfig; show: (message: FlashMessage) => void }) {
  const { basePath } = useFlowConfigs();
  const navigate = useNavigate();
  const actions = useConfigActions(base, show);
  const [dialog, setDialog] = useState<"clone" | "delete" | null>(null);
  const onAction = (action: Action) => {
    if (action === "shape") navigate(`${basePath}/${encodeURIComponent(base.config.id)}/shape`);
    else if (action === "export") void actions.exportJson.run();
    else setDialog(action);
  };
  return (
    <>
      <ButtonDropdown
        items={[
          { id: "shape", text: "Edit shape" },
          { id: "clone", text: "Clone" },
          { id: "export", text: "Export JSON" },
          { id: "delete", text: "Delete" },
        ]}
        loading={actions.exportJson.running}
        onItemClick={(event) => onAction(event.detail.id as Action)}
      >
        More actions
      </ButtonDropdown>
      {dialog === "clone" && (
        <CloneModal source={base.config} {...actions.cloneDialog} onCancel={() => setDialog(null)} />
      )}
      {dialog === "delete" && (
        <DeleteListModal base={base} deleting={actions.remove.running} onDelete={(force) => void actions.remove.run(force).then(() => setDialog(null))} onCancel={() => setDialog(null)} />
      )}
    </>
  );
}
