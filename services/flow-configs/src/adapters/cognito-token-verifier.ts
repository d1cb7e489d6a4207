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
  /** Where to fetch the signing keys instead of the user pool's own JWKS URL (the local identity provider). */
  jwksUri?: string;
  /** Signing keys known up front (tests, the local stack), as a JWKS document: `{ keys: [...] }`. */
  jwks?: { keys: readonly object[] };
  /** The deployment's admin group (default FlowConfigsAdmin): the only users unscoped without a scope claim. */
  adminGroup?: string;
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

/** Verifies Cognito ID tokens (signature, issuer, audience, token_use, expiry) with aws-jwt-verify. */
export function createCognitoTokenVerifier(options: CognitoTokenVerifierOptions): TokenVerifier {
  let jwks: Jwks | undefined;
  if (options.jwks) {
    const document = JSON.parse(JSON.stringify(options.jwks)) as Json;
    assertIsJwks(document);
    jwks = document;
  }
  let fetcher: Fetcher | undefined;
  if (options.jwksUri) fetcher = redirectingFetcher(options.jwksUri);
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
        if (error instanceof JwtBaseError) throw new DomainError("Unauthorized", `invalid token: ${error.message}`);
        throw error;
      }
    },
  };
}
