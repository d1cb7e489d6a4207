import { preparsePolicySet, preparseSchema, statefulIsAuthorized } from "@cedar-policy/cedar-wasm/nodejs";
import { assertPoliciesValid, policiesById } from "@flow-configs/service/authz/cedar-authorizer";
import type { PolicyFiles } from "@flow-configs/service/authz/policy-files";
import type { Action, Authorizer, Principal, Resource } from "#ports/authorizer";
import { toCedarRequest } from "./cedar-request";
import { readCallerListsPolicies } from "./policy-files";

let instances = 0;

/** Evaluates the module's Cedar policies in process with cedar-wasm (local stack and tests; AUTHORIZER=cedar in Lambda). */
export class CedarAuthorizer implements Authorizer {
  private readonly policySetId: string;
  private readonly schemaName: string;

  constructor(
    private readonly userPoolId: string,
    files: PolicyFiles = readCallerListsPolicies(userPoolId),
  ) {
    const policies = policiesById(files);
    assertPoliciesValid(files.schema, policies);
    // cedar-wasm caches parsed sets by name, process-wide: Flow Configs' sets live beside these.
    instances += 1;
    this.policySetId = `caller-lists-${instances}`;
    this.schemaName = `caller-lists-schema-${instances}`;
    for (const answer of [preparsePolicySet(this.policySetId, { staticPolicies: policies }), preparseSchema(this.schemaName, files.schema)]) {
      if (answer.type === "failure") throw new Error(`Cedar preparse failed: ${answer.errors.map((e) => e.message).join("; ")}`);
    }
  }

  async isAllowed(principal: Principal, action: Action, resource: Resource): Promise<boolean> {
    const answer = statefulIsAuthorized({
      ...toCedarRequest(principal, action, resource, this.userPoolId),
      preparsedPolicySetId: this.policySetId,
      preparsedSchemaName: this.schemaName,
      validateRequest: true,
    });
    if (answer.type === "failure") throw new Error(`Cedar authorization failed: ${answer.errors.map((e) => e.message).join("; ")}`);
    return answer.response.decision === "allow";
  }
}
