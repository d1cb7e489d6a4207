import { isAuthorized, type CedarValueJson, type EntityJson } from "@cedar-policy/cedar-wasm/nodejs";
import type { AttributeValue, IsAuthorizedCommand, IsAuthorizedCommandInput } from "@aws-sdk/client-verifiedpermissions";
import { describe, expect, it } from "vitest";
import { policiesById, toIsAuthorizedInput, type IsAuthorizedClient } from "@flow-configs/cedar-authorizer";
import { AvpAuthorizer } from "#adapters/avp-authorizer";
import { CedarAuthorizer } from "#authz/cedar-authorizer";
import { toCedarRequest } from "#authz/cedar-request";
import { readPolicyFiles } from "#authz/policy-files";
import { ACTIONS, type Action, type Resource } from "#ports/authorizer";
import { principals, resources, user } from "../support/authorization-cases";

const POOL = "us-east-1_AbCdEf123";
const POLICY_STORE = "PSEXAMPLEabcdefg111111";
const files = readPolicyFiles(POOL);
const staticPolicies = policiesById(files);

/** Cedar JSON of a Verified Permissions attribute value, the way the service reads it. */
function cedarValue(value: AttributeValue): CedarValueJson {
  if (value.string !== undefined) return value.string;
  if (value.boolean !== undefined) return value.boolean;
  if (value.long !== undefined) return value.long;
  if (value.set !== undefined) return value.set.map(cedarValue);
  if (value.entityIdentifier !== undefined) {
    return { __entity: { type: value.entityIdentifier.entityType ?? "", id: value.entityIdentifier.entityId ?? "" } };
  }
  if (value.record !== undefined) {
    return Object.fromEntries(Object.entries(value.record).map(([name, item]) => [name, cedarValue(item)]));
  }
  throw new Error(`attribute value ${JSON.stringify(value)} is not used by the Flow Configs schema`);
}

/**
 * Evaluates an `IsAuthorized` input the way the policy store would: the repo's schema and policies
 * (pool id filled in), the request's entities, strict request validation.
 */
function decideAsPolicyStore(input: IsAuthorizedCommandInput): "ALLOW" | "DENY" {
  expect(input.policyStoreId).toBe(POLICY_STORE);
  const entities: EntityJson[] = (input.entities?.entityList ?? []).map((entity) => ({
    uid: { type: entity.identifier?.entityType ?? "", id: entity.identifier?.entityId ?? "" },
    attrs: Object.fromEntries(Object.entries(entity.attributes ?? {}).map(([name, value]) => [name, cedarValue(value)])),
    parents: (entity.parents ?? []).map((parent) => ({ type: parent.entityType ?? "", id: parent.entityId ?? "" })),
  }));
  const answer = isAuthorized({
    principal: { type: input.principal?.entityType ?? "", id: input.principal?.entityId ?? "" },
    action: { type: input.action?.actionType ?? "", id: input.action?.actionId ?? "" },
    resource: { type: input.resource?.entityType ?? "", id: input.resource?.entityId ?? "" },
    context: {},
    schema: files.schema,
    validateRequest: true,
    policies: { staticPolicies },
    entities,
  });
  if (answer.type === "failure") throw new Error(answer.errors.map((error) => error.message).join("; "));
  return answer.response.decision === "allow" ? "ALLOW" : "DENY";
}

/** A stand-in for Verified Permissions: records each command and answers from the real policies. */
function policyStoreClient() {
  const sent: IsAuthorizedCommand[] = [];
  const client: IsAuthorizedClient = {
    send: async (command) => {
      sent.push(command);
      return { decision: decideAsPolicyStore(command.input), determiningPolicies: [], errors: [], $metadata: {} };
    },
  };
  return { client, sent };
}

const COLLECTION_ACTIONS: readonly Action[] = ["ListConfigs", "CreateConfig", "ImportConfigs", "ExportConfigs"];
const fits = (action: Action, resource: Resource) => COLLECTION_ACTIONS.includes(action) === (resource.kind === "collection");

const matrix = Object.entries(principals).flatMap(([principalName, principal]) =>
  ACTIONS.flatMap((action) =>
    Object.entries(resources)
      .filter(([, resource]) => fits(action, resource))
      .map(([resourceName, resource]) => ({ principalName, principal, action, resourceName, resource })),
  ),
);

describe("AvpAuthorizer", () => {
  const local = new CedarAuthorizer(POOL, files);

  it.each(matrix)("decides $principalName × $action × $resourceName as the local cedar-wasm authorizer does", async (row) => {
    const { client, sent } = policyStoreClient();
    const avp = new AvpAuthorizer(client, POLICY_STORE, POOL);

    const [inCloud, inLocal] = await Promise.all([
      avp.isAllowed(row.principal, row.action, row.resource),
      local.isAllowed(row.principal, row.action, row.resource),
    ]);

    expect(inCloud).toBe(inLocal);
    expect(sent).toHaveLength(1);
  });

  it("allows and denies across the matrix (the comparison is not vacuous)", async () => {
    const decisions = await Promise.all(matrix.map((row) => local.isAllowed(row.principal, row.action, row.resource)));
    expect(decisions.filter(Boolean).length).toBeGreaterThan(10);
    expect(decisions.filter((allowed) => !allowed).length).toBeGreaterThan(10);
  });

  it("sends the user's groups as Cognito-identity-source group entities and the scope as attributes", () => {
    const scoped = user(["FlowConfigsBusiness"], { ids: ["Office-Austin"], templates: ["FieldOffice"] });
    const input = toIsAuthorizedInput(POLICY_STORE, toCedarRequest(scoped, "UpdateValues", resources.austin, POOL));

    expect(input.principal).toEqual({ entityType: "FlowConfigs::User", entityId: "someone" });
    expect(input.action).toEqual({ actionType: "FlowConfigs::Action", actionId: "UpdateValues" });
    expect(input.resource).toEqual({ entityType: "FlowConfigs::FlowConfig", entityId: "Office-Austin" });
    const userEntity = input.entities?.entityList?.find((entity) => entity.identifier?.entityType === "FlowConfigs::User");
    expect(userEntity?.parents).toEqual([{ entityType: "FlowConfigs::UserGroup", entityId: `${POOL}|FlowConfigsBusiness` }]);
    expect(userEntity?.attributes).toEqual({
      scoped: { boolean: true },
      scopeIds: { set: [{ string: "Office-Austin" }] },
      scopeTemplates: { set: [{ string: "FieldOffice" }] },
    });
  });

  it("denies when the policy store answers DENY", async () => {
    const client: IsAuthorizedClient = { send: async () => ({ decision: "DENY", determiningPolicies: [], errors: [], $metadata: {} }) };
    await expect(new AvpAuthorizer(client, POLICY_STORE, POOL).isAllowed(principals.admin, "DeleteConfig", resources.basicQueue)).resolves.toBe(false);
  });
});
