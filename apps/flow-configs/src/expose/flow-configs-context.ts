import type { FlowConfigsClient } from "@flow-configs/api-client";
import type { Session } from "@flow-configs/auth";
import { createModuleContext } from "@flow-configs/ui/module-context";
import type { Role } from "./role";

/** What every page needs from its host: the API, the session, where the module is mounted, and who the user is. */
export interface FlowConfigsContextValue {
  client: FlowConfigsClient;
  session: Session;
  /** The absolute path the module is mounted at, e.g. `/flow-configs`; links are built from it. */
  basePath: string;
  role: Role;
}

export const {
  Context: FlowConfigsContext,
  ModuleRoot: FlowConfigsRoot,
  useModuleContext: useFlowConfigs,
} = createModuleContext<FlowConfigsContextValue>("Flow Configs");
