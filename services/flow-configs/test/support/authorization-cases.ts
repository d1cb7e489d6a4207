import type { Principal, Resource } from "#ports/authorizer";

/** A signed-in user in these groups, optionally scoped (`flow_configs_scope`). */
export const user = (groups: string[], scope: Principal["scope"] = null): Principal => ({ username: "someone", groups, scope });

/** A config as the policies see it. */
export const config = (id: string, templateId: string | null = null, isList = false): Resource => ({ kind: "config", id, templateId, isList });

/** The principals both authorizers are tried with: every role, no group, another team's group, scoped users. */
export const principals = {
  admin: user(["FlowConfigsAdmin"]),
  business: user(["FlowConfigsBusiness"]),
  readOnly: user(["FlowConfigsReadOnly"]),
  noGroup: user([]),
  otherGroup: user(["SomeOtherTeam"]),
  businessScopedToAustin: user(["FlowConfigsBusiness"], { ids: ["Office-Austin"], templates: [] }),
  businessScopedToFieldOffice: user(["FlowConfigsBusiness"], { ids: [], templates: ["FieldOffice"] }),
  readOnlyScopedToAustin: user(["FlowConfigsReadOnly"], { ids: ["Office-Austin"], templates: [] }),
  approver: user(["FlowConfigsApprover"]),
  approverScopedToAustin: user(["FlowConfigsApprover"], { ids: ["Office-Austin"], templates: [] }),
} satisfies Record<string, Principal>;

/** The resources: the collection, a standalone config, two instances of FieldOffice, a list config. */
export const resources = {
  collection: { kind: "collection" } as Resource,
  basicQueue: config("BasicQueue"),
  austin: config("Office-Austin", "FieldOffice"),
  boston: config("Office-Boston", "FieldOffice"),
  badActors: config("bad-actors", null, true),
} satisfies Record<string, Resource>;
