import {
  policySetTextToParts,
  preparsePolicySet,
  preparseSchema,
  statefulIsAuthorized,
  validate,
} from "@cedar-policy/cedar-wasm/nodejs";
import type { Action, Authorizer, Principal, Resource } from "#ports/authorizer";
import { toCedarRequest } from "./cedar-request";
import { readPolicyFiles, type PolicyFiles } from "./policy-files";

const ID_ANNOTATION = /@id\(\s*"([^"]+)"\s*\)/;

/** Splits the policy files into single statements keyed by their `@id` (the ids Verified Permissions shows). */
export function policiesById(files: PolicyFiles): Record<string, string> {
  const byId: Record<string, string> = {};
  for (const [file, text] of Object.entries(files.policies)) {
    const parts = policySetTextToParts(text);
    if (parts.type === "failure") {
      throw new Error(`Cedar policy file ${file} does not parse: ${parts.errors.map((e) => e.message).join("; ")}`);
    }
    if (parts.policy_templates.length > 0) throw new Error(`Cedar policy file ${file} holds templates; none are used`);
    for (const policy of parts.policies) {
      const id = ID_ANNOTATION.exec(policy)?.[1];
      if (!id) throw new Error(`A policy in ${file} has no @id("...") annotation`);
      if (byId[id]) throw new Error(`Policy id ${id} appears twice (in ${file})`);
      byId[id] = policy;
    }
  }
  return byId;
}

/** Throws unless every policy validates against the schema (strict mode). */
export function assertPoliciesValid(schema: string, policies: Record<string, string>): void {
  const answer = validate({ schema, policies: { staticPolicies: policies }, validationSettings: { mode: "strict" } });
  if (answer.type === "failure") {
    throw new Error(`Cedar schema or policies do not parse: ${answer.errors.map((e) => e.message).join("; ")}`);
  }
  // validate() reports success even when policies break the schema: the errors are in validationErrors.
  if (answer.validationErrors.length > 0) {
    const messages = answer.validationErrors.map((e) => `${e.policyId}: ${e.error.message}`);
    throw new Error(`Cedar policies do not validate against the schema: ${messages.join("; ")}`);
  }
}

let instances = 0;

/** Evaluates the repo's Cedar policies in process with cedar-wasm (local stack and tests; the default in Lambda). */
export class CedarAuthorizer implements Authorizer {
  private readonly policySetId: string;
  private readonly schemaName: string;

  constructor(
    private readonly userPoolId: string,
    files: PolicyFiles = readPolicyFiles(userPoolId),
  ) {
    const policies = policiesById(files);
    assertPoliciesValid(files.schema, policies);
    // cedar-wasm caches parsed sets by name; a name per instance keeps two pools' policies apart.
    instances += 1;
    this.policySetId = `flow-configs-${instances}`;
    this.schemaName = `flow-configs-schema-${instances}`;
    const parsedPolicies = preparsePolicySet(this.policySetId, { staticPolicies: policies });
    const parsedSchema = preparseSchema(this.schemaName, files.schema);
    for (const answer of [parsedPolicies, parsedSchema]) {
      if (answer.type === "failure") throw new Error(`Cedar preparse failed: ${answer.errors.map((e) => e.message).join("; ")}`);
    }
  }

  async isAllowed(principal: Principal, action: Action, resource: Resource): Promise<boolean> {
    const request = toCedarRequest(principal, action, resource, this.userPoolId);
    const answer = statefulIsAuthorized({
      ...request,
      preparsedPolicySetId: this.policySetId,
      preparsedSchemaName: this.schemaName,
      validateRequest: true,
    });
    if (answer.type === "failure") {
      throw new Error(`Cedar authorization failed: ${answer.errors.map((e) => e.message).join("; ")}`);
    }
    return answer.response.decision === "allow";
  }
}
