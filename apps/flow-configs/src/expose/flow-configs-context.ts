import type { FlowConfigsClient } from "@flow-configs/api-client";
import type { Session } from "@flow-configs/auth";
import { createContext, useContext } from "react";
import type { Role } from "./role";

/** What every page needs from its host: the API, the session, where the module is mounted, and who the user is. */
export interface FlowConfigsContextValue {
  client: FlowConfigsClient;
  session: Session;
  /** The absolute path the module is mounted at, e.g. `/flow-configs`; links are built from it. */
  basePath: string;
  role: Role;
}

export const FlowConfigsContext = createContext<FlowConfigsContextValue | null>(null);

export function useFlowConfigs(): FlowConfigsContextValue {
  const value = useContext(FlowConfigsContext);
  if (!value) throw new Error("useFlowConfigs must be used inside the Flow Configs App");
  return value;
}
