import { describe, expect, it } from "vitest";
import { parseScope, principalFromClaims } from "../../src/authz/principal-from-claims";

const NOTHING = { ids: [], templates: [] };

describe("the principal from a verified ID token", () => {
  it("takes the username and groups, and leaves an admin without a scope claim unscoped", () => {
    expect(principalFromClaims({ "cognito:username": "alex", "cognito:groups": ["FlowConfigsAdmin"] })).toEqual({
      username: "alex",
      groups: ["FlowConfigsAdmin"],
      scope: null,
    });
  });

  it.each(["FlowConfigsBusiness", "FlowConfigsReadOnly"])("gives a %s user without a scope claim nothing (fail closed)", (group) => {
    expect(principalFromClaims({ "cognito:username": "morgan", "cognito:groups": [group] }).scope).toEqual(NOTHING);
  });

  it("knows the deployment's admin group by the name it is given", () => {
    const claims = { "cognito:username": "alex", "cognito:groups": ["ContactCenterAdmins"] };
    expect(principalFromClaims(claims).scope).toEqual(NOTHING);
    expect(principalFromClaims(claims, "ContactCenterAdmins").scope).toBeNull();
  });

  it.each(["FlowConfigsBusiness", "FlowConfigsReadOnly"])("gives a %s user with scope * every config", (group) => {
    expect(principalFromClaims({ "cognito:username": "morgan", "cognito:groups": [group], flow_configs_scope: "*" }).scope).toBeNull();
  });

  it("treats a user in no group (no cognito:groups claim) as having no groups", () => {
    expect(principalFromClaims({ "cognito:username": "casey" }).groups).toEqual([]);
  });

  it("reads ids and templates from flow_configs_scope", () => {
    expect(parseScope("id:Office-Austin template:FieldOffice  id:Office-Boston")).toEqual({
      ids: ["Office-Austin", "Office-Boston"],
      templates: ["FieldOffice"],
    });
  });

  it("limits a user with an empty scope claim to nothing rather than everything", () => {
    expect(parseScope("")).toEqual(NOTHING);
    expect(parseScope("", true)).toEqual(NOTHING);
  });

  it("reads * only as the whole claim: beside other entries it widens nothing", () => {
    expect(parseScope("* id:Office-Austin")).toEqual({ ids: ["Office-Austin"], templates: [] });
  });

  it("refuses a token without a username", () => {
    expect(() => principalFromClaims({ "cognito:groups": ["FlowConfigsAdmin"] })).toThrow(/cognito:username/);
  });
});
