import type { Session } from "@flow-configs/auth";
import type { WorkspaceContext } from "../connect/connect-workspace";

/** What every admin module's exposed component receives from the shell. */
export interface RemoteModuleProps {
  session: Session;
  apiUrl: string;
  /** The route the shell mounts the module at, e.g. `/flow-configs`. */
  basePath: string;
  workspace: WorkspaceContext;
}
