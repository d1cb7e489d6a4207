import { useSyncExternalStore } from "react";
import type { ConnectWorkspace, WorkspaceContext } from "./connect-workspace";

export function useWorkspace(workspace: ConnectWorkspace): WorkspaceContext {
  return useSyncExternalStore(
    (listener) => workspace.onChange(listener),
    () => workspace.context,
  );
}
