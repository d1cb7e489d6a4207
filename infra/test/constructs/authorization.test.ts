import { policySetTextToParts } from "@cedar-policy/cedar-wasm/nodejs";
import { Match } from "aws-cdk-lib/assertions";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cedarStatements } from "../../lib/constructs/authorization";
import { REPO_ROOT } from "../../lib/repo-paths";
import { SIDES, templateJsonOf, templateOf } from "../support/cloud-assembly";

const POLICIES_DIR = join(REPO_ROOT, "services/flow-configs/policies");

/** Statements in the repo's .cedar files, counted by Cedar's own parser. */
function statementsInCedarFiles(): number {
  return readdirSync(POLICIES_DIR)
    .filter((file) => file.endsWith(".cedar"))
    .reduce((count, file) => {
      const parts = policySetTextToParts(readFileSync(join(POLICIES_DIR, file), "utf8"));
      if (parts.type === "failure") throw new Error(`${file} does not parse`);
      return count + parts.policies.length;
    }, 0);
}

describe.each(SIDES)("Authorization (%s region)", (side) => {
  const template = templateOf(side);
  const json = templateJsonOf(side);
  // Each module has its own store (Caller Lists' is tested in caller-lists.test.ts): these are Flow Configs'.
  const stores = Object.entries(json.Resources).filter(
    ([, resource]) => resource.Type === "AWS::VerifiedPermissions::PolicyStore" && JSON.stringify(resource.Properties?.Schema).includes('\\"FlowConfigs\\"'),
  );
  const storeRef = JSON.stringify({ "Fn::GetAtt": [stores[0]?.[0], "PolicyStoreId"] });
  const policies = Object.values(json.Resources).filter(
    (resource) => resource.Type === "AWS::VerifiedPermissions::Policy" && JSON.stringify(resource.Properties?.PolicyStoreId) === storeRef,
  );

  it("creates a policy store in strict mode with the .cedarschema as Cedar JSON", () => {
    expect(stores).toHaveLength(1);
    const store = stores[0]?.[1];
    expect(store?.Properties?.ValidationSettings).toEqual({ Mode: "STRICT" });
    const schema = JSON.parse((store?.Properties?.Schema as { CedarJson: string }).CedarJson) as Record<string, { entityTypes: object; actions: object }>;
    expect(Object.keys(schema)).toEqual(["FlowConfigs"]);
    expect(Object.keys(schema.FlowConfigs!.entityTypes)).toEqual(expect.arrayContaining(["User", "UserGroup", "FlowConfig", "ConfigCollection"]));
    expect(Object.keys(schema.FlowConfigs!.actions)).toEqual(expect.arrayContaining(["ReadConfig", "UpdateValues", "DeleteConfig"]));
  });

  it("has one policy per statement in the Cedar files", () => {
    expect(policies).toHaveLength(statementsInCedarFiles());
    expect(policies.length).toBeGreaterThan(0);
  });

  it("fills the user pool placeholder with this region's pool id in every statement", () => {
    for (const policy of policies) {
      const text = JSON.stringify(policy.Properties);
      expect(text).not.toContain("{{USER_POOL_ID}}");
      expect(text).toMatch(/"Ref":"AuthUserPool[0-9A-F]+"},"\|FlowConfigs(Admin|Business|ReadOnly|Approver)\\"/);
    }
  });

  it("names each policy after its @id", () => {
    const descriptions = policies.map((policy) => (policy.Properties?.Definition as { Static: { Description: string } }).Static.Description);
    expect(descriptions).toEqual(expect.arrayContaining(["admin-all", "read-only-read"]));
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it("uses the region's user pool as identity source, groups as FlowConfigs::UserGroup", () => {
    template.hasResourceProperties("AWS::VerifiedPermissions::IdentitySource", {
      PrincipalEntityType: "FlowConfigs::User",
      Configuration: {
        CognitoUserPoolConfiguration: {
          UserPoolArn: { "Fn::GetAtt": [Match.stringLikeRegexp("^AuthUserPool"), "Arn"] },
          ClientIds: [{ Ref: Match.stringLikeRegexp("^AuthUserPoolShellClient") }],
          GroupConfiguration: { GroupEntityType: "FlowConfigs::UserGroup" },
        },
      },
    });
  });
});

describe("Cedar statements for renamed groups", () => {
  it("puts the configured group names into the policies and still validates them against the schema", () => {
    const { statements } = cedarStatements({ admin: "CC-Admins", business: "CC-Managers", readOnly: "CC-Viewers", approver: "CC-Approvers" });
    const text = Object.values(statements).join("\n");
    expect(text).toContain('"{{USER_POOL_ID}}|CC-Admins"');
    expect(text).toContain('"{{USER_POOL_ID}}|CC-Managers"');
    expect(text).toContain('"{{USER_POOL_ID}}|CC-Viewers"');
    expect(text).toContain('"{{USER_POOL_ID}}|CC-Approvers"');
    expect(text).not.toMatch(/\|FlowConfigs(Admin|Business|ReadOnly|Approver)"/);
  });
});
