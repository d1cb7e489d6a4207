import { DomainError } from "@flow-configs/model";
import type { Action, Principal } from "#ports/authorizer";
import { requireApiAccess } from "./config-access";
import { COLLECTION } from "./config-resource";
import type { UseCaseDeps } from "./use-case-deps";

/** Authorizes an action on the whole collection (create, import, export): a 403 when not allowed. */
export async function requireCollectionAction(deps: UseCaseDeps, principal: Principal, action: Action, what: string): Promise<void> {
  await requireApiAccess(deps, principal);
  if (!(await deps.authorizer.isAllowed(principal, action, COLLECTION))) {
    throw new DomainError("Forbidden", `${principal.username} may not ${what}`);
  }
}
