import { CONFIG_ID_PATTERN, DomainError, type ConfigPage } from "@flow-configs/model";
import type { Principal } from "#ports/authorizer";
import { requireApiAccess } from "./config-access";
import { parsePageLimit } from "./page-limit";
import type { UseCaseDeps } from "./use-case-deps";

export interface ListParams {
  limit?: string;
  cursor?: string;
  q?: string;
  templateId?: string;
}

/**
 * A page of the configs the user may see. Listing is authorized once, on the collection; the user's scope
 * filters the query itself, so thousands of configs never cost thousands of authorization calls.
 */
export async function listConfigs(deps: UseCaseDeps, principal: Principal, params: ListParams): Promise<ConfigPage> {
  await requireApiAccess(deps, principal);
  const limit = parsePageLimit(params.limit, { fallback: 50, max: 100 });
  const q = params.q?.trim();
  const templateId = params.templateId?.trim();
  if (templateId && !CONFIG_ID_PATTERN.test(templateId)) {
    throw DomainError.invalid([{ path: "templateId", message: "must be a config id (1–64 characters of A–Z a–z 0–9 _ -)" }]);
  }
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
