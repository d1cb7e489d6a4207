import { CognitoJwtVerifier } from "aws-jwt-verify";
import { FetchError, JwtBaseError } from "aws-jwt-verify/error";
import type { Fetcher } from "aws-jwt-verify/https";
import { assertIsJwks, SimpleJwksCache, type Jwks } from "aws-jwt-verify/jwk";
import type { Json } from "aws-jwt-verify/safe-json-parse";
import { DomainError } from "@flow-configs/model";
import { principalFromClaims } from "#authz/principal-from-claims";
import type { TokenVerifier } from "#ports/token-verifier";

export interface CognitoTokenVerifierOptions {
  userPoolId: string;
  clientId: string;
  /**
   * Where to fetch the signing keys instead of the user pool's own JWKS URL (the local identity provider):
   * only a loopback address, or for the local pool, so that no environment change can make the API trust another key.
   */
  jwksUri?: string;
  /** Signing keys known up front (tests, the local stack), as a JWKS document: `{ keys: [...] }`. */
  jwks?: { keys: readonly object[] };
  /** The deployment's admin group (default FlowConfigsAdmin): the only users unscoped without a scope claim. */
  adminGroup?: string;
}

/** The local identity provider's fake pool (`@flow-configs/local-aws`' LOCAL_USER_POOL_ID; a test pins the two). */
export const LOCAL_USER_POOL_ID = "us-east-1_LocalPool";

const LOOPBACK_HOSTS = new Set(["localhost", "[::1]"]);

function isLoopback(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname);
}

/** Refuses, at start-up, a JWKS address that could make a real pool's tokens be checked against someone else's keys. */
function checkJwksUri(jwksUri: string, userPoolId: string): void {
  let url: URL;
  try {
    url = new URL(jwksUri);
  } catch {
    throw new Error(`COGNITO_JWKS_URI is not a URL: ${jwksUri}`);
  }
  if (!isLoopback(url) && userPoolId !== LOCAL_USER_POOL_ID) {
    throw new Error(`COGNITO_JWKS_URI may only be a loopback address (or serve the local pool ${LOCAL_USER_POOL_ID}), not ${url.host}`);
  }
}

/** Fetches every JWKS request from `jwksUri`: the verifier keeps its Cognito issuer and checks, only the keys' address moves. */
function redirectingFetcher(jwksUri: string): Fetcher {
  return {
    async fetch() {
      const response = await fetch(jwksUri);
      if (!response.ok) throw new FetchError(jwksUri, `JWKS answered ${response.status}`);
      return response.arrayBuffer();
    },
  };
}

/** Serves a fixed key set: with keys given up front, an unknown key id is refused, never looked up elsewhere. */
function fixedFetcher(jwks: Jwks): Fetcher {
  const body = new TextEncoder().encode(JSON.stringify(jwks));
  return { fetch: async () => body.slice().buffer };
}

const INVALID_TOKEN = "the bearer token is not a valid, current ID token of this app: sign in again";

/** Verifies Cognito ID tokens (signature, issuer, audience, token_use, expiry) with aws-jwt-verify. */
export function createCognitoTokenVerifier(options: CognitoTokenVerifierOptions): TokenVerifier {
  let jwks: Jwks | undefined;
  if (options.jwks) {
    const document = JSON.parse(JSON.stringify(options.jwks)) as Json;
    assertIsJwks(document);
    jwks = document;
  }
  let fetcher: Fetcher | undefined;
  if (options.jwksUri) {
    checkJwksUri(options.jwksUri, options.userPoolId);
    fetcher = redirectingFetcher(options.jwksUri);
  }
  else if (jwks) fetcher = fixedFetcher(jwks);
  const jwksCache = fetcher ? new SimpleJwksCache({ fetcher }) : undefined;
  const verifier = CognitoJwtVerifier.create(
    { userPoolId: options.userPoolId, tokenUse: "id", clientId: options.clientId },
    jwksCache ? { jwksCache } : undefined,
  );
  if (jwks) verifier.cacheJwks(jwks);

  return {
    async verify(token) {
      try {
        const claims = await verifier.verify(token);
        return principalFromClaims(claims, options.adminGroup);
      } catch (error) {
        // An unreachable key endpoint is our fault, not the caller's: let it surface as a server error.
        if (error instanceof FetchError) throw error;
        // What the verifier expected (issuer, client) is for the log, not for whoever holds the token
        if (error instanceof JwtBaseError) throw Object.assign(new DomainError("Unauthorized", INVALID_TOKEN), { cause: error });
        throw error;
      }
    },
  };
}

/**
 * The API Lambda's verifier from its environment, as infra writes it for every module: COGNITO_USER_POOL_ID,
 * COGNITO_CLIENT_ID, and optionally COGNITO_JWKS_URI (the local identity provider) and ADMIN_GROUP.
 */
export function tokenVerifierFromEnvironment(env: NodeJS.ProcessEnv = process.env): TokenVerifier {
  const required = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`Environment variable ${name} is required`);
    return value;
  };
  return createCognitoTokenVerifier({
    userPoolId: required("COGNITO_USER_POOL_ID"),
    clientId: required("COGNITO_CLIENT_ID"),
    ...(env.COGNITO_JWKS_URI ? { jwksUri: env.COGNITO_JWKS_URI } : {}),
    ...(env.ADMIN_GROUP ? { adminGroup: env.ADMIN_GROUP } : {}),
  });
}
