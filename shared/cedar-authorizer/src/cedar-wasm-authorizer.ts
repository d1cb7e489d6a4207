import { preparsePolicySet, preparseSchema, statefulIsAuthorized } from "@cedar-policy/cedar-wasm/nodejs";
import { assertPoliciesValid, policiesById } from "./cedar-policies";
import type { CedarRequest } from "./cedar-request";
import type { PolicyFiles } from "./policy-files";

let instances = 0;

/**
 * Evaluates a module's Cedar files in process with cedar-wasm (local stack and tests; `AUTHORIZER=cedar` in
 * Lambda). The policies are checked against the schema once, at construction; `toRequest` is the module's
 * own mapping of its principal, action and resource to Cedar entities.
 */
export class CedarWasmAuthorizer<Principal, Action extends string, Resource> {
  private readonly policySetId: string;
  private readonly schemaName: string;

  constructor(
    /** Names the parsed sets, e.g. `caller-lists`. */
    name: string,
    files: PolicyFiles,
    private readonly toRequest: (principal: Principal, action: Action, resource: Resource) => CedarRequest,
  ) {
    const policies = policiesById(files);
    assertPoliciesValid(files.schema, policies);
    // cedar-wasm caches parsed sets by name, process-wide: a name per instance keeps modules and pools apart.
    instances += 1;
    this.policySetId = `${name}-${instances}`;
    this.schemaName = `${name}-schema-${instances}`;
    for (const answer of [preparsePolicySet(this.policySetId, { staticPolicies: policies }), preparseSchema(this.schemaName, files.schema)]) {
      if (answer.type === "failure") throw new Error(`Cedar preparse failed: ${answer.errors.map((e) => e.message).join("; ")}`);
    }
  }

  async isAllowed(principal: Principal, action: Action, resource: Resource): Promise<boolean> {
    const answer = statefulIsAuthorized({
      ...this.toRequest(principal, action, resource),
      preparsedPolicySetId: this.policySetId,
      preparsedSchemaName: this.schemaName,
      validateRequest: true,
    });
    if (answer.type === "failure") throw new Error(`Cedar authorization failed: ${answer.errors.map((e) => e.message).join("; ")}`);
    return answer.response.decision === "allow";
  }
}
