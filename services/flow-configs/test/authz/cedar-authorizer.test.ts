import { describe, expect, it } from "vitest";
import { policiesById } from "@flow-configs/cedar-authorizer";
import { CedarAuthorizer } from "#authz/cedar-authorizer";
import { readPolicyFiles } from "#authz/policy-files";
import { ACTIONS, type Action } from "#ports/authorizer";
import { principals, resources } from "../support/authorization-cases";

const POOL = "us-east-1_LocalPool";
const authorizer = new CedarAuthorizer(POOL);

type PrincipalName = keyof typeof principals;
type ResourceName = keyof typeof resources;

const COLLECTION_ACTIONS: Action[] = ["ListConfigs", "CreateConfig", "ImportConfigs", "ExportConfigs"];
const CONFIG_ACTIONS = ACTIONS.filter((action) => !COLLECTION_ACTIONS.includes(action));

/** What each principal may do, as [action, resource] pairs; everything else is denied. */
const allowed: Record<PrincipalName, Array<[Action, ResourceName]>> = {
  admin: [
    ...COLLECTION_ACTIONS.map((action): [Action, ResourceName] => [action, "collection"]),
    ...CONFIG_ACTIONS.flatMap((action) =>
      (["basicQueue", "austin", "boston", "badActors"] as const).map((name): [Action, ResourceName] => [action, name]),
    ),
  ],
  business: [
    ["ListConfigs", "collection"],
    ...(["basicQueue", "austin", "boston", "badActors"] as const).flatMap((name): Array<[Action, ResourceName]> => [
      ["ReadConfig", name],
      ["UpdateValues", name],
      ["ViewUsage", name],
      ["ScheduleChange", name],
      ["RunQuickAction", name],
    ]),
    ["UpdateListEntries", "badActors"],
  ],
  readOnly: [
    ["ListConfigs", "collection"],
    ...(["basicQueue", "austin", "boston", "badActors"] as const).flatMap((name): Array<[Action, ResourceName]> => [
      ["ReadConfig", name],
      ["ViewUsage", name],
    ]),
  ],
  noGroup: [],
  otherGroup: [],
  businessScopedToAustin: [
    ["ListConfigs", "collection"],
    ["ReadConfig", "austin"],
    ["UpdateValues", "austin"],
    ["ViewUsage", "austin"],
    ["ScheduleChange", "austin"],
    ["RunQuickAction", "austin"],
  ],
  businessScopedToFieldOffice: [
    ["ListConfigs", "collection"],
    ["ReadConfig", "austin"],
    ["UpdateValues", "austin"],
    ["ViewUsage", "austin"],
    ["ScheduleChange", "austin"],
    ["RunQuickAction", "austin"],
    ["ReadConfig", "boston"],
    ["UpdateValues", "boston"],
    ["ViewUsage", "boston"],
    ["ScheduleChange", "boston"],
    ["RunQuickAction", "boston"],
  ],
  readOnlyScopedToAustin: [
    ["ListConfigs", "collection"],
    ["ReadConfig", "austin"],
    ["ViewUsage", "austin"],
  ],
  approver: [
    ["ListConfigs", "collection"],
    ...(["basicQueue", "austin", "boston", "badActors"] as const).flatMap((name): Array<[Action, ResourceName]> => [
      ["ReadConfig", name],
      ["ViewUsage", name],
      ["ApproveChange", name],
    ]),
  ],
  approverScopedToAustin: [
    ["ListConfigs", "collection"],
    ["ReadConfig", "austin"],
    ["ViewUsage", "austin"],
    ["ApproveChange", "austin"],
  ],
};

const cases = (Object.keys(principals) as PrincipalName[]).flatMap((principal) =>
  ACTIONS.flatMap((action) =>
    (Object.keys(resources) as ResourceName[])
      // Collection actions apply to the collection only, config actions to configs only (the schema says so).
      .filter((resource) => (resource === "collection") === COLLECTION_ACTIONS.includes(action))
      .map((resource) => ({
        principal,
        action,
        resource,
        expected: allowed[principal].some(([a, r]) => a === action && r === resource),
      })),
  ),
);

describe("Cedar policies: role × action × resource", () => {
  it.each(cases)("$principal $action $resource → $expected", async ({ principal, action, resource, expected }) => {
    await expect(authorizer.isAllowed(principals[principal], action, resources[resource])).resolves.toBe(expected);
  });

});

describe("loading the policies", () => {
  const files = readPolicyFiles(POOL);

  it("substitutes the user-pool id in group entity ids", () => {
    expect(Object.values(files.policies).join("\n")).toContain(`"${POOL}|FlowConfigsAdmin"`);
    expect(Object.values(files.policies).join("\n")).not.toContain("{{USER_POOL_ID}}");
  });

  it("keys each policy by its @id annotation", () => {
    expect(Object.keys(policiesById(files))).toContain("admin-all");
  });

  it("rejects a policy that breaks the schema", () => {
    const broken = { ...files, policies: { "x.cedar": '@id("x")\npermit (principal, action, resource) when { resource.colour == "red" };' } };
    expect(() => new CedarAuthorizer(POOL, broken)).toThrow(/do not validate against the schema/);
  });

  it("rejects a policy without an @id", () => {
    const anonymous = { ...files, policies: { "x.cedar": "permit (principal, action, resource);" } };
    expect(() => new CedarAuthorizer(POOL, anonymous)).toThrow(/no @id/);
  });
});
