import { isApiError } from "@flow-configs/api-client";
import type { VersionedConfig } from "@flow-configs/api-client";
import { diff } from "@flow-configs/model";
import type { ChangeRequest } from "@flow-configs/model";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { configKeys, useConfigSaved } from "../../api/config-queries";
import { useFlowConfigs } from "../../expose/flow-configs-context";
import { canApprove } from "../../expose/role";
import { summarizeChanges } from "../config-history/change-summary";
import { failureFlash, useFlashAction } from "../use-flash-action";
import type { FlashMessage } from "../use-flash-messages";

/** A config's change requests are cached under the config, so whatever reloads the config reloads them too. */
export const changeRequestsKey = (id: string) => [...configKeys.config(id), "change-requests"] as const;

/** After a write that made or decided a request: the list loads again. */
export function useChangeRequestsChanged(): (id: string) => void {
  const queryClient = useQueryClient();
  return useCallback((id: string) => void queryClient.invalidateQueries({ queryKey: changeRequestsKey(id) }), [queryClient]);
}

export interface RejectInput {
  request: ChangeRequest;
  reason: string;
}

/**
 * The config's pending change requests (two-person rule), and approve / reject for those who may: admins and
 * approvers, never the requester. `adopt` puts the version a decision wrote under the page's unsaved edits.
 */
export function useChangeRequests(base: VersionedConfig, show: (message: FlashMessage) => void, adopt: (saved: VersionedConfig) => void) {
  const { client, session } = useFlowConfigs();
  const configSaved = useConfigSaved();
  const changed = useChangeRequestsChanged();
  const id = base.config.id;
  const requests = useQuery({ queryKey: changeRequestsKey(id), queryFn: () => client.listChangeRequests(id) });
  const username = session.user?.username ?? "";
  const approver = canApprove(session.groups);

  const decided = (saved: VersionedConfig) => {
    configSaved(saved);
    adopt(saved);
    changed(id);
  };

  /** A decision the API refused: 412 (someone saved meanwhile) reloads; 409 says what changed since the request. */
  const refused = (what: string) => (failure: Parameters<typeof failureFlash>[0], _input: unknown, error: unknown): FlashMessage => {
    changed(id);
    if (failure.kind === "conflict") {
      void client.get(id).then(decided, () => undefined);
      return { type: "warning", header: `${id} changed while you looked`, content: `It has been reloaded: review the request and ${what} it again.` };
    }
    if (isApiError(error) && error.status === 409) return { type: "error", header: `Could not ${what} this change`, content: error.message };
    return failureFlash(failure);
  };

  const approve = useFlashAction(show, {
    run: async (request: ChangeRequest) => {
      const before = base.config;
      const saved = await client.approveChangeRequest(id, request.id, { ifMatch: base.etag });
      decided(saved);
      return { saved, changes: diff(before, saved.config) };
    },
    success: ({ saved, changes }, request) => ({
      type: "success",
      header: `Approved ${request.requestedBy}'s change`,
      content: `Version ${saved.config.version} of ${id}${changes.length > 0 ? `: ${summarizeChanges(changes)}` : ""}. Contact flows see it within seconds.`,
    }),
    failure: refused("approve"),
  });

  const reject = useFlashAction(show, {
    run: async ({ request, reason }: RejectInput) => {
      const saved = await client.rejectChangeRequest(id, request.id, reason, { ifMatch: base.etag });
      decided(saved);
      return saved;
    },
    success: (_saved, { request }) => ({ type: "success", header: `Rejected ${request.requestedBy}'s change`, content: "Nothing a contact flow reads changed." }),
    failure: refused("reject"),
  });

  return {
    pending: (requests.data ?? []).filter((request) => request.status === "pending"),
    username,
    /** Whether this user may decide on the request: an approver, and not the one who asked. */
    mayDecide: (request: ChangeRequest) => approver && request.requestedBy !== username,
    approve,
    reject,
  };
}

export type ChangeRequests = ReturnType<typeof useChangeRequests>;
