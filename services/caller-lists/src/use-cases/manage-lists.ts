import { CreateCallerListSchema, type CallerList } from "@flow-configs/model/caller-lists";
import type { Principal } from "#ports/authorizer";
import { invalidBody } from "./invalid-body";
import { authorizeCollection, listFor } from "./list-access";
import type { UseCaseDeps } from "./use-case-deps";

export async function listLists(deps: UseCaseDeps, principal: Principal): Promise<CallerList[]> {
  await authorizeCollection(deps, principal, "ListLists");
  const lists = await deps.store.listLists();
  return lists.sort((a, b) => a.id.localeCompare(b.id));
}

export async function createList(deps: UseCaseDeps, principal: Principal, body: unknown): Promise<CallerList> {
  await authorizeCollection(deps, principal, "CreateList");
  const parsed = CreateCallerListSchema.safeParse(body);
  if (!parsed.success) throw invalidBody(parsed.error);
  const list: CallerList = { ...parsed.data, createdBy: principal.username, createdAt: deps.now().toISOString() };
  await deps.store.createList(list);
  return list;
}

export const readList = (deps: UseCaseDeps, principal: Principal, listId: string): Promise<CallerList> =>
  listFor(deps, principal, "ReadList", listId);

/** Deletes the list and every entry on it. */
export async function deleteList(deps: UseCaseDeps, principal: Principal, listId: string): Promise<void> {
  await listFor(deps, principal, "DeleteList", listId);
  await deps.store.deleteList(listId);
}
