import { createModuleContext } from "@flow-configs/ui/module-context";
import type { CallerListsClient } from "../api/caller-lists-client";
import type { Role } from "./role";

/** What every page needs from its host: the API, where the module is mounted, and who the user is. */
export interface CallerListsContextValue {
  client: CallerListsClient;
  /** The absolute path the module is mounted at, e.g. `/caller-lists`; links are built from it. */
  basePath: string;
  role: Role;
}

export const {
  Context: CallerListsContext,
  ModuleRoot: CallerListsRoot,
  useModuleContext: useCallerLists,
} = createModuleContext<CallerListsContextValue>("Caller Lists");
