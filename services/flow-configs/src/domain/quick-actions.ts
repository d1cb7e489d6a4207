import { applyValuePatch, DomainError, diff, effectiveConfig, type FlowConfig } from "@flow-configs/model";
import type { Principal } from "#ports/authorizer";
import { changeRecord } from "./change-record";
import { loadAuthorized, readReply } from "./config-access";
import { unwrap } from "./result";
import { nextVersionOf, refuseOversizedSchedule, writeNextVersion } from "./safe-change-write";
import type { UseCaseDeps } from "./use-case-deps";
import { VersionConflictError } from "./version-check";

/**
 * POST /flow-configs/{id}/quick-actions/{name} (admin, business in scope): the patch an admin pre-approved,
 * applied at once on the current version — even where approval is required, and with no If-Match: in an
 * emergency the user must not lose the tap to someone's concurrent save (it is retried once on the new version).
 */
export async function runQuickAction(deps: UseCaseDeps, principal: Principal, id: string, name: string): Promise<FlowConfig> {
  for (let attempt = 1; ; attempt++) {
    const current = await loadAuthorized(deps, principal, id, "RunQuickAction");
    const action = current.effective.quickActions?.find((candidate) => candidate.name === name);
    if (!action) {
      const known = current.effective.quickActions?.map((candidate) => candidate.name) ?? [];
      throw new DomainError("NotFound", `flow config ${id} has no quick action "${name}"${known.length ? ` (it has ${known.join(", ")})` : ""}`);
    }
    const input = unwrap(applyValuePatch(current.stored, { variables: action.patch.variables, prompts: action.patch.prompts }, current.template));
    const next = nextVersionOf(input, current.stored.version + 1, deps, principal);
    await refuseOversizedSchedule(deps, next, current.template);
    const changes = diff(current.effective, effectiveConfig(next, current.template));
    try {
      const saved = await writeNextVersion(deps, principal, current, input, changeRecord(deps, principal, "quick-action", changes, { quickAction: action.name }));
      return readReply(saved);
    } catch (error) {
      if (!(error instanceof VersionConflictError) || attempt >= 2) throw error;
    }
  }
}
