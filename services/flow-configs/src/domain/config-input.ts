import {
  DomainError,
  itemTooLarge,
  LIMITS,
  parseConfigInput,
  storedItemSize,
  validateAgainstTemplate,
  type ConfigInput,
  type StoredConfig,
} from "@flow-configs/model";
import type { ConfigStore } from "#ports/config-store";
import { unwrap } from "./result";

export interface CheckedInput {
  input: ConfigInput;
  /** The template an instance names (checked to exist and to define every overridden name). */
  template: StoredConfig | null;
}

/** Parses and checks a POST/PUT body; for PUT, `pathId` is the id in the URL the body must carry. */
export async function checkConfigInput(store: ConfigStore, json: unknown, pathId?: string): Promise<CheckedInput> {
  const input = unwrap(parseConfigInput(json));
  if (pathId !== undefined && input.id !== pathId) {
    throw DomainError.invalid([{ path: "id", message: `must be ${pathId}, the id in the URL (ids cannot be changed)` }]);
  }
  if (input.templateId === null) return { input, template: null };
  const template = await store.get(input.templateId);
  if (!template) {
    throw DomainError.invalid([{ path: "templateId", message: `no flow config ${input.templateId} exists to be the template` }]);
  }
  const issues = validateAgainstTemplate(input, template);
  if (issues.length > 0) throw DomainError.invalid(issues);
  return { input, template };
}

/** Refuses a config DynamoDB could not store, with the figures, before the write is tried. */
export function checkItemSize(stored: StoredConfig): void {
  const bytes = storedItemSize(stored);
  if (bytes > LIMITS.itemBytes) throw itemTooLarge(stored.id, bytes);
}
