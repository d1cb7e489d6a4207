import {
  compileSchedule,
  DomainError,
  effectiveConfig,
  effectiveTimeZone,
  bodyOf,
  formatInZone,
  largestScheduledResponse,
  overResponseLimit,
  LIMITS,
  type ConfigInput,
  type FlowConfig,
  type StoredConfig,
} from "@flow-configs/model";
import type { Principal } from "#ports/authorizer";
import type { ChangeRecord } from "#ports/config-store";
import { checkItemSize } from "./config-input";
import type { LoadedConfig } from "./config-access";
import { writeConditionally } from "./conditional-write";
import type { UseCaseDeps } from "./use-case-deps";

/** The config as it will be stored at the next version. */
export function nextVersionOf(input: ConfigInput, version: number, deps: UseCaseDeps, principal: Principal): StoredConfig {
  return { ...input, version, updatedAt: deps.now().toISOString(), updatedBy: principal.username };
}

/** How a config's scheduled windows (its own and its template's) resolve, read in its zone. */
export function scheduleOf(stored: StoredConfig, template: StoredConfig | null, effective: FlowConfig) {
  const sources = [
    ...(template ? [{ changes: template.scheduledChanges, source: "template" as const }] : []),
    { changes: stored.scheduledChanges, source: "own" as const },
  ];
  const timeZone = effectiveTimeZone(stored, template);
  return { timeZone, schedule: compileSchedule(sources, timeZone, effective) };
}

/**
 * Refuses a write whose windows would make getConfig answer over Amazon Connect's limit at some instant
 * from now on: for a template, at each of its instances (named), in each one's own zone.
 */
export async function refuseOversizedSchedule(deps: UseCaseDeps, next: StoredConfig, template: StoredConfig | null): Promise<void> {
  const nowMs = deps.now().getTime();
  const check = (stored: StoredConfig, itsTemplate: StoredConfig | null) => {
    const effective = effectiveConfig(stored, itsTemplate);
    const { timeZone, schedule } = scheduleOf(stored, itsTemplate, effective);
    const largest = largestScheduledResponse(effective, schedule, nowMs);
    return overResponseLimit(largest) ? { id: stored.id, timeZone, ...largest } : null;
  };
  const over = [check(next, template)];
  if (next.templateId === null) {
    const instances = await deps.store.listInstances(next.id);
    over.push(...instances.map((instance) => check(instance, next)));
  }
  const found = over.filter((entry) => entry !== null);
  if (found.length === 0) return;
  const named = found
    .slice(0, 10)
    .map((entry) => `${entry.id} (${entry.lang}, ${entry.channel}: ${entry.bytes} bytes${entry.atMs === null ? "" : ` from ${formatInZone(entry.atMs, entry.timeZone)}`})`);
  const more = found.length > 10 ? ` and ${found.length - 10} more` : "";
  throw new DomainError("TooLarge", `this scheduled change would make getConfig answer over Amazon Connect's ${LIMITS.responseBytes}-byte limit: ${named.join(", ")}${more}`);
}

/** Writes `input` as the next version of a loaded config, with its size checked and the store's 412 decoded. */
export async function writeNextVersion(
  deps: UseCaseDeps,
  principal: Principal,
  current: LoadedConfig,
  input: ConfigInput,
  record: ChangeRecord,
): Promise<LoadedConfig> {
  const { id, version } = current.stored;
  const next = nextVersionOf(input, version + 1, deps, principal);
  checkItemSize(next);
  const saved = await writeConditionally(deps, id, version, () => deps.store.update(id, version, input, record));
  return { stored: saved, template: current.template, effective: effectiveConfig(saved, current.template) };
}

/** The body of a stored config with one field replaced. */
export function withField<K extends "scheduledChanges" | "changeRequests">(stored: StoredConfig, field: K, value: ConfigInput[K]): ConfigInput {
  const body = bodyOf(stored);
  return { ...body, [field]: value } as ConfigInput;
}
