import { createHash } from "node:crypto";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from "jose";

export type { JWK };

export interface LocalIdentityProviderOptions {
  userPoolId?: string;
  clientId?: string;
  /** A private RSA JWK to sign with (persist it so tokens survive restarts); a fresh key pair otherwise. */
  privateJwk?: JWK;
}

export interface IdTokenRequest {
  username: string;
  groups: string[];
  /** DESIGN.md scope string, e.g. `"id:Office-Austin template:FieldOffice"`; omitted means unscoped. */
  scope?: string;
  /** Default one hour; a negative value mints an already-expired token (for tests). */
  expiresInSeconds?: number;
  email?: string;
  name?: string;
}

export interface LocalIdentityProvider {
  issuer: string;
  userPoolId: string;
  clientId: string;
  region: string;
  jwks: { keys: JWK[] };
  /** The signing key, so a caller can persist it and pass it back in on the next start. */
  privateJwk: JWK;
  mintIdToken(request: IdTokenRequest): Promise<string>;
}

export const LOCAL_USER_POOL_ID = "us-east-1_LocalPool";
export const LOCAL_CLIENT_ID = "flow-configs-local";

const SIGNING_ALGORITHM = "RS256";
const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;

/** Creates an RSA signing key as a private JWK (what `createLocalIdentityProvider` accepts back). */
export async function generateSigningJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  return exportJWK(privateKey);
}

/** A Cognito-shaped identity provider: same issuer format, claims and RS256 signing as a user pool. */
export async function createLocalIdentityProvider(
  options: LocalIdentityProviderOptions = {},
): Promise<LocalIdentityProvider> {
  const userPoolId = options.userPoolId ?? LOCAL_USER_POOL_ID;
  const clientId = options.clientId ?? LOCAL_CLIENT_ID;
  const region = userPoolId.split("_")[0] ?? "us-east-1";
  const issuer = `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;

  const privateJwk = options.privateJwk ?? (await generateSigningJwk());
  const signingKey = await importJWK(privateJwk, SIGNING_ALGORITHM);
  const { kty, n, e } = privateJwk;
  if (kty !== "RSA" || !n || !e) throw new Error("The local identity provider needs a private RSA JWK");
  const kid = await calculateJwkThumbprint({ kty, n, e });
  const publicJwk: JWK = { kty, n, e, kid, alg: SIGNING_ALGORITHM, use: "sig" };

  return {
    issuer,
    userPoolId,
    clientId,
    region,
    jwks: { keys: [publicJwk] },
    privateJwk,
    async mintIdToken(request) {
      const now = Math.floor(Date.now() / 1000);
      const lifetime = request.expiresInSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS;
      const claims: Record<string, unknown> = {
        "cognito:username": request.username,
        token_use: "id",
        auth_time: lifetime < 0 ? now + lifetime - 60 : now,
        email: request.email ?? `${request.username}@example.com`,
        name: request.name ?? request.username,
      };
      // Cognito leaves the claim out entirely for a user in no group.
      if (request.groups.length > 0) claims["cognito:groups"] = request.groups;
      if (request.scope) claims.flow_configs_scope = request.scope;
      return new SignJWT(claims)
        .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid, typ: "JWT" })
        .setSubject(stableSubject(userPoolId, request.username))
        .setIssuer(issuer)
        .setAudience(clientId)
        .setIssuedAt(lifetime < 0 ? now + lifetime - 60 : now)
        .setExpirationTime(now + lifetime)
        .sign(signingKey);
    },
  };
}

/** Cognito's `sub` is a UUID fixed per user; derive one from the username so it is stable across restarts. */
function stableSubject(userPoolId: string, username: string): string {
  const hex = createHash("sha256").update(`${userPoolId}|${username}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
