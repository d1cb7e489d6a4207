import type { ConfigPage } from "@flow-configs/model";
import type { Principal } from "#ports/authorizer";
import { requireApiAccess } from "./config-access";
import type { UseCaseDeps } from "./use-case-deps";

/** A listing's query, as the route checked it (`ListQuery`): a page size in range, a trimmed search, a config id. */
export interface ListParams {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  templateId?: string | undefined;
}

/**
 * A page of the configs the user may see. Listing is authorized once, on the collection; the user's scope
 * filters the query itself, so thousands of configs never cost thousands of authorization calls.
 */
export async function listConfigs(deps: UseCaseDeps, principal: Principal, params: ListParams): Promise<ConfigPage> {
  await requireApiAccess(deps, principal);
  const { limit, q, templateId } = params;
  const listing = deps.store.list({
    limit,
    ...(params.cursor ? { cursor: params.cursor } : {}),
    ...(q ? { q } : {}),
    ...(templateId ? { templateId } : {}),
    scope: principal.scope,
  });
  if (!templateId) return listing;
  const [page, instanceCount] = await Promise.all([listing, deps.store.countInstances(templateId, principal.scope)]);
  return { ...page, instanceCount };
}
