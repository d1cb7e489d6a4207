export { GROUPS, AdminModuleSchema, RuntimeConfigSchema } from "./runtime-config";
export type { AdminModule, CognitoAuthSettings, LocalAuthSettings, RuntimeConfig } from "./runtime-config";
export { SCOPE_CLAIM, describeScope, parseScope } from "./access-scope";
export type { AccessScope } from "./access-scope";
