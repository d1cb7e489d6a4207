export { AdminModuleSchema, RuntimeConfigSchema } from "./runtime-config";
export type { AdminModule, AdminModuleInput, CognitoAuthSettings, LocalAuthSettings, RuntimeConfig } from "./runtime-config";
