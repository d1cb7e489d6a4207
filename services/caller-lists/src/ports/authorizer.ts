import type { Principal } from "@flow-configs/service/ports/authorizer";

export type { Principal };

/** Every action the Caller Lists API authorizes. The Cedar schema declares the same names. */
export const ACTIONS = [
  "ListLists",
  "CreateList",
  "ReadList",
  "DeleteList",
  "ReadEntries",
  "ExportEntries",
  "AddEntries",
  "RemoveEntries",
  "ImportEntries",
] as const;

export type Action = (typeof ACTIONS)[number];

/** What an action is taken on: every list (list, create) or one list. */
export type Resource = { kind: "collection" } | { kind: "list"; id: string; listKind: string };

/**
 * Decides whether a principal may take an action on a resource: the Cedar files in `policies/`, evaluated
 * by cedar-wasm locally and by this module's Amazon Verified Permissions store in AWS.
 */
export interface Authorizer {
  isAllowed(principal: Principal, action: Action, resource: Resource): Promise<boolean>;
}
