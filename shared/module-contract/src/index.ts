export type { ModuleComponent, ModuleProps } from "./module-props";
export type { ModuleNavigation, SuiteModuleLink } from "./module-navigation";
export type { ModuleTheme } from "./module-theme";
export type { WorkspaceContext } from "./workspace-context";
