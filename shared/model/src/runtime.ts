export { AdminModuleSchema, RuntimeConfigSchema } from "./runtime-config";
export type { AdminModule, AdminModuleInput, CognitoAuthSettings, LocalAuthSettings, RuntimeConfig } from "./runtime-config";
export { EVERY_CONFIG, SCOPE_CLAIM, describeScope, parseScope } from "./access-scope";
export type { AccessScope } from "./access-scope";
