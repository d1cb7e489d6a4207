import type { Session } from "@flow-configs/auth";
import type { ComponentType } from "react";
import type { ModuleNavigation } from "./module-navigation";
import type { ModuleTheme } from "./module-theme";
import type { WorkspaceContext } from "./workspace-context";

/**
 * The props of a module's exposed component: everything the shell gives a module. The shell also wraps the
 * component in an error boundary (a render error or a failed load shows "<title> could not be loaded" with
 * Retry in the module's place; the rest of the suite keeps working) and a Suspense fallback while its code
 * arrives. A new prop is added as optional, so a module built against an older surface keeps working.
 */
export interface ModuleProps {
  /** The signed-in user's session (ID token with `cognito:groups`). The shell signs in; a module never does. */
  session: Session;
  /** The module entry's `apiUrl` in `/config.json`: the base URL of the module's own API. */
  apiUrl?: string;
  /** Where the shell mounts the module, e.g. `/caller-lists`; the module's routes are relative to it. */
  basePath: string;
  /** The Connect agent workspace, when the shell is framed in one (`mode: "standalone"` otherwise). */
  workspace: WorkspaceContext;
  theme: ModuleTheme;
  navigation: ModuleNavigation;
}

/** What a module's `exposedModule` (e.g. `./Module`) must export as its default. */
export type ModuleComponent = ComponentType<ModuleProps>;
