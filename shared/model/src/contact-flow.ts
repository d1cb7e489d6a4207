/**
 * The zod-free part of the model that the contact-flow Lambdas (getConfig, isBadActor, checkCallerList) need: importing it
 * keeps their bundles small and their cold starts short.
 */
export { DomainError } from "./errors";
export { effectiveConfig, isInstance } from "./effective-config";
export { previewConfig, resolveConfig } from "./resolve";
export { responseSize } from "./response-size";
export { LIMITS } from "./limits";
export { stripSsml } from "./ssml";
export { normalizePhoneNumber } from "./phone-number";
export type { Channel, FlowConfig, StoredConfig } from "./schemas";
export type { ResolveOptions } from "./resolve";
export { EMPTY_SCHEDULE, compileSchedule, configAt, effectiveTimeZone, nextBoundary } from "./schedule/windows";
export type { CompiledSchedule } from "./schedule/windows";
