/** Every action the REST API authorizes. The Cedar schema declares the same names. */
export const ACTIONS = [
  "ListConfigs",
  "ReadConfig",
  "CreateConfig",
  "ReplaceConfig",
  "UpdateValues",
  "UpdateListEntries",
  "DeleteConfig",
  "CloneConfig",
  "RestoreConfig",
  "ImportConfigs",
  "ExportConfigs",
  "ViewUsage",
  "ScheduleChange",
  "ApproveChange",
  "RunQuickAction",
] as const;

export type Action = (typeof ACTIONS)[number];

/** Limits a business or read-only user to some configs; `null` means every config. */
export interface Scope {
  ids: readonly string[];
  templates: readonly string[];
}

/** The signed-in user, from the verified ID token (`cognito:username`, `cognito:groups`, `flow_configs_scope`). */
export interface Principal {
  username: string;
  groups: readonly string[];
  scope: Scope | null;
}

/** What an action is taken on: the collection (list, create, import) or one config. */
export type Resource =
  | { kind: "collection" }
  | { kind: "config"; id: string; templateId: string | null; isList: boolean };

/**
 * Decides whether a principal may take an action on a resource. Implemented by the Cedar policies in
 * `policies/`, evaluated by cedar-wasm locally and by Amazon Verified Permissions in AWS.
 */
export interface Authorizer {
  isAllowed(principal: Principal, action: Action, resource: Resource): Promise<boolean>;
}
