import { DomainError } from "@flow-configs/model";
import type { CallerList } from "@flow-configs/model/caller-lists";
import type { Action, Principal } from "#ports/authorizer";
import type { UseCaseDeps } from "./use-case-deps";

/** Throws Forbidden unless the principal may take the action on every list (list, create). */
export async function authorizeCollection(deps: UseCaseDeps, principal: Principal, action: Action): Promise<void> {
  if (!(await deps.authorizer.isAllowed(principal, action, { kind: "collection" }))) {
    throw new DomainError("Forbidden", `${principal.username} may not ${action}`);
  }
}

/**
 * The list the action is on, once the principal may take it: a user who may not act on lists at all
 * hears 403 for an unknown list too, a user who may hears 404.
 */
export async function listFor(deps: UseCaseDeps, principal: Principal, action: Action, listId: string): Promise<CallerList> {
  const list = await deps.store.getList(listId);
  const resource = { kind: "list" as const, id: listId, listKind: list?.kind ?? "" };
  if (!(await deps.authorizer.isAllowed(principal, action, resource))) {
    throw new DomainError("Forbidden", `${principal.username} may not ${action} on caller list ${listId}`);
  }
  if (!list) throw new DomainError("NotFound", `caller list ${listId} does not exist`);
  return list;
}
