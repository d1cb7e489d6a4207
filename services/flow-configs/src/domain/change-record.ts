import type { Change } from "@flow-configs/model";
import type { Principal } from "#ports/authorizer";
import type { ChangeRecord } from "#ports/config-store";
import type { UseCaseDeps } from "./use-case-deps";

/** The history entry of a change made now by `principal`. */
export function changeRecord(
  deps: UseCaseDeps,
  principal: Principal,
  action: ChangeRecord["action"],
  changes: Change[],
  detail?: ChangeRecord["detail"],
): ChangeRecord {
  return { action, by: principal.username, at: deps.now().toISOString(), changes, ...(detail && { detail }) };
}
