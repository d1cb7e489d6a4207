import { policySetTextToParts, validate } from "@cedar-policy/cedar-wasm/nodejs";
import type { PolicyFiles } from "./policy-files";

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
