import { cloneConfig, diff, effectiveConfig, type CloneRequest, type FlowConfig } from "@flow-configs/model";
import type { Principal } from "#ports/authorizer";
import { changeRecord } from "./change-record";
import { checkItemSize } from "./config-input";
import { loadAuthorized } from "./config-access";
import { refuseOversizedResponses } from "./response-limit";
import { unwrap } from "./result";
import type { UseCaseDeps } from "./use-case-deps";

/**
 * POST /flow-configs/{id}/clone (admin): a detached copy of the source's effective config, or with
 * `linkTemplate` an instance that inherits from it (a sibling instance when the source is one). Lookup keys
 * are not copied. An id that exists is a 409.
 */
export async function cloneConfigAs(deps: UseCaseDeps, principal: Principal, sourceId: string, request: CloneRequest): Promise<FlowConfig> {
  const source = await loadAuthorized(deps, principal, sourceId, "CloneConfig");
  const input = unwrap(cloneConfig(source.stored, source.template, request));
  const template = input.templateId === null ? null : input.templateId === source.stored.id ? source.stored : source.template;
  const next = { ...input, version: 1, updatedAt: deps.now().toISOString(), updatedBy: principal.username };
  checkItemSize(next);
  await refuseOversizedResponses(deps.store, next, template);
  const saved = await deps.store.create(input, changeRecord(deps, principal, "create", diff(null, effectiveConfig(next, template))));
  return effectiveConfig(saved, template);
}
