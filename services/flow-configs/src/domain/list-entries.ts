import {
  bodyOf,
  DomainError,
  diff,
  effectiveConfig,
  isInstance,
  normalizePhoneNumber,
  type AddListEntries,
  type FlowConfigBody,
  type Issue,
  type RemoveListEntries,
  type Variable,
} from "@flow-configs/model";
import type { Principal } from "#ports/authorizer";
import { changeRecord } from "./change-record";
import { checkItemSize } from "./config-input";
import { loadAuthorized, type LoadedConfig } from "./config-access";
import { isListConfig } from "./config-resource";
import { writeConditionally } from "./conditional-write";
import { refuseOversizedResponses } from "./response-limit";
import type { UseCaseDeps } from "./use-case-deps";
import { checkVersion, requireExpectedVersion } from "./version-check";

/** Entries change only on a list config that keeps its own entries (an instance's shape is its template's). */
async function loadList(deps: UseCaseDeps, principal: Principal, id: string, expectedVersion: number | undefined): Promise<LoadedConfig & { body: FlowConfigBody }> {
  const loaded = await loadAuthorized(deps, principal, id, "UpdateListEntries");
  if (!isListConfig(loaded.effective) || isInstance(loaded.stored)) {
    throw DomainError.invalid([
      { path: "(config)", message: `${id} is not a list config (an admin makes one with kind "list"): change it with PATCH .../values` },
    ]);
  }
  checkVersion(requireExpectedVersion(expectedVersion), loaded.effective);
  return { ...loaded, body: loaded.stored as FlowConfigBody };
}

async function writeEntries(
  deps: UseCaseDeps,
  principal: Principal,
  list: LoadedConfig & { body: FlowConfigBody },
  variables: Variable[],
) {
  const input: FlowConfigBody = { ...(bodyOf(list.stored) as FlowConfigBody), variables };
  const version = list.stored.version;
  const next = { ...input, version: version + 1, updatedAt: deps.now().toISOString(), updatedBy: principal.username };
  checkItemSize(next);
  await refuseOversizedResponses(deps.store, next, null);
  const changes = diff(list.effective, effectiveConfig(next, null));
  const saved = await writeConditionally(deps, input.id, version, () =>
    deps.store.update(input.id, version, input, changeRecord(deps, principal, "update-values", changes)),
  );
  return effectiveConfig(saved, null);
}

/**
 * POST /flow-configs/{id}/entries (admin; business on a list config): adds list entries, each number
 * normalised to E.164. An invalid number, or one given twice or already on the list, is a 400 naming each;
 * then nothing is written.
 */
export async function addListEntries(deps: UseCaseDeps, principal: Principal, id: string, expectedVersion: number | undefined, { entries }: AddListEntries) {
  const list = await loadList(deps, principal, id, expectedVersion);
  const onList = new Set(list.body.variables.map((variable) => variable.name));
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  const added: Variable[] = [];
  entries.forEach((entry, index) => {
    const path = `entries[${index}].name`;
    const normalized = normalizePhoneNumber(entry.name);
    if (!normalized.ok) return issues.push({ path, message: normalized.reason });
    const earlier = seen.get(normalized.number);
    if (earlier !== undefined) return issues.push({ path, message: `${normalized.number} is also entries[${earlier}]` });
    seen.set(normalized.number, index);
    if (onList.has(normalized.number)) return issues.push({ path, message: `${normalized.number} is already on ${id}` });
    return added.push({ name: normalized.number, type: "list-entry", value: "", ...(entry.note ? { note: entry.note } : {}) });
  });
  if (issues.length > 0) throw DomainError.invalid(issues);
  return writeEntries(deps, principal, list, [...list.body.variables, ...added]);
}

/** DELETE /flow-configs/{id}/entries (admin; business on a list config): removes list entries by name. */
export async function removeListEntries(deps: UseCaseDeps, principal: Principal, id: string, expectedVersion: number | undefined, { names }: RemoveListEntries) {
  const list = await loadList(deps, principal, id, expectedVersion);
  const onList = new Set(list.body.variables.map((variable) => variable.name));
  // A number may be given as typed (`(555) 555-0101`): it is matched in E.164 too
  const entryName = (name: string) => {
    if (onList.has(name)) return name;
    const normalized = normalizePhoneNumber(name);
    return normalized.ok && onList.has(normalized.number) ? normalized.number : null;
  };
  const issues = names.flatMap((name, index) => (entryName(name) ? [] : [{ path: `names[${index}]`, message: `${name} is not on ${id}` }]));
  if (issues.length > 0) throw DomainError.invalid(issues);
  const removed = new Set(names.map(entryName));
  return writeEntries(deps, principal, list, list.body.variables.filter((variable) => !removed.has(variable.name)));
}
