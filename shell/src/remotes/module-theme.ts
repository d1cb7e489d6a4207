import type { ModuleTheme } from "@flow-configs/module-contract";

/** What main.tsx applies to the page (Cloudscape's global styles and the build-time Connect theme). */
export const MODULE_THEME: ModuleTheme = { name: "amazon-connect", colorScheme: "light", density: "comfortable" };
