import { VerifiedPermissionsClient } from "@aws-sdk/client-verifiedpermissions";
import type { IsAuthorizedClient } from "./verified-permissions-authorizer";

/** How a module's API Lambda builds its authorizer: one of these per module, chosen by the environment. */
export interface AuthorizerFactories<Authorizer> {
  /** In process with cedar-wasm; `policiesDir` is a bundle's copy of the Cedar files (else the module's own folder). */
  cedar(policiesDir: string | undefined): Authorizer;
  /** The module's Verified Permissions policy store. */
  avp(client: IsAuthorizedClient, policyStoreId: string): Authorizer;
}

/**
 * `AUTHORIZER=cedar` (the default) with `POLICIES_DIR`, or `AUTHORIZER=avp` with `POLICY_STORE_ID`: the
 * settings infra's `policyStoreEnvironment` writes for every module's API Lambda.
 */
export function authorizerFromEnvironment<Authorizer>(factories: AuthorizerFactories<Authorizer>, env: NodeJS.ProcessEnv = process.env): Authorizer {
  const kind = env.AUTHORIZER || "cedar";
  if (kind === "cedar") return factories.cedar(env.POLICIES_DIR || undefined);
  if (kind !== "avp") throw new Error(`AUTHORIZER must be cedar or avp, not ${kind}`);
  const policyStoreId = env.POLICY_STORE_ID;
  if (!policyStoreId) throw new Error("Environment variable POLICY_STORE_ID is required");
  return factories.avp(new VerifiedPermissionsClient({}), policyStoreId);
}
