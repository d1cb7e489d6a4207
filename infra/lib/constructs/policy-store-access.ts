import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { CfnPolicyStore } from "aws-cdk-lib/aws-verifiedpermissions";
import { join } from "node:path";
import { REPO_ROOT } from "../repo-paths";
import type { LambdaFunction } from "./lambda-function";

const CEDAR_WASM = join(REPO_ROOT, "node_modules/@cedar-policy/cedar-wasm/nodejs/cedar_wasm_bg.wasm");
/** Where a bundled API Lambda finds its copy of the module's Cedar files. */
const BUNDLED_POLICIES_DIR = "/var/task/policies";

/**
 * What a module's API Lambda reads to ask its policy store (`authorizerFromEnvironment` in
 * @flow-configs/cedar-authorizer); POLICIES_DIR keeps `AUTHORIZER=cedar` usable from the bundle.
 */
export function policyStoreEnvironment(policyStore: CfnPolicyStore): Record<string, string> {
  return { AUTHORIZER: "avp", POLICY_STORE_ID: policyStore.attrPolicyStoreId, POLICIES_DIR: BUNDLED_POLICIES_DIR };
}

/** Ships cedar-wasm's binary and the module's Cedar folder (relative to the repo root) beside its API bundle. */
export function cedarFilesBeside(policiesDir: string): (outputDir: string) => string[] {
  return (outputDir) => [`cp ${CEDAR_WASM} ${outputDir}/`, `cp -r ${join(REPO_ROOT, policiesDir)} ${outputDir}/policies`];
}

/** The API Lambda may ask its module's store, and no other. */
export function grantIsAuthorized(fn: LambdaFunction, policyStore: CfnPolicyStore): void {
  fn.function.addToRolePolicy(new PolicyStatement({ actions: ["verifiedpermissions:IsAuthorized"], resources: [policyStore.attrArn] }));
}
