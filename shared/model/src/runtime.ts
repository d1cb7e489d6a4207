export { GROUPS, AdminModuleSchema, RuntimeConfigSchema } from "./runtime-config";
export type { AdminModule, CognitoAuthSettings, LocalAuthSettings, RuntimeConfig } from "./runtime-config";
