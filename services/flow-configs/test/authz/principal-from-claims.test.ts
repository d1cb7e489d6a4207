import { describe, expect, it } from "vitest";
import { parseScope, principalFromClaims } from "../../src/authz/principal-from-claims";

describe("the principal from a verified ID token", () => {
  it("takes the username, groups and an absent scope as every config", () => {
    expect(principalFromClaims({ "cognito:username": "morgan", "cognito:groups": ["FlowConfigsBusiness"] })).toEqual({
      username: "morgan",
      groups: ["FlowConfigsBusiness"],
      scope: null,
    });
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
    expect(parseScope("")).toEqual({ ids: [], templates: [] });
  });

  it("refuses a token without a username", () => {
    expect(() => principalFromClaims({ "cognito:groups": ["FlowConfigsAdmin"] })).toThrow(/cognito:username/);
  });
});
