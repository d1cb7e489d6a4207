import { SCOPE_CLAIM, parseScope } from "@flow-configs/model/runtime";
import type { AccessScope } from "@flow-configs/model/runtime";
import type { SessionUser } from "./session";

/** The ID token claims the product reads (Cognito's shape). */
export interface IdTokenClaims {
  user: SessionUser;
  groups: string[];
  /** The configs the user is limited to (`flow_configs_scope`); null for every config (`*`) or no claim. */
  scope: AccessScope | null;
  /** Expiry, in milliseconds since the epoch. */
  expiresAt: number;
}

function decodeBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, "+").replace(/_/g, "/");
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function stringClaim(payload: Record<string, unknown>, name: string): string | undefined {
  const value = payload[name];
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/**
 * Reads the claims of a JWT without verifying it: the browser only needs them for display and
 * expiry; the API verifies every token it receives.
 */
export function readIdTokenClaims(token: string): IdTokenClaims {
  const segments = token.split(".");
  if (segments.length !== 3 || !segments[1]) throw new Error("The ID token is not a JWT");
  let payload: unknown;
  try {
    payload = JSON.parse(decodeBase64Url(segments[1]));
  } catch {
    throw new Error("The ID token payload is not JSON");
  }
  if (typeof payload !== "object" || payload === null) throw new Error("The ID token payload is not an object");
  const claims = payload as Record<string, unknown>;
  if (typeof claims.exp !== "number") throw new Error("The ID token has no exp claim");
  const username = stringClaim(claims, "cognito:username") ?? stringClaim(claims, "sub");
  if (!username) throw new Error("The ID token names no user");
  const groups = Array.isArray(claims["cognito:groups"])
    ? claims["cognito:groups"].filter((group): group is string => typeof group === "string")
    : [];
  return {
    user: {
      username,
      name: stringClaim(claims, "name") ?? username,
      email: stringClaim(claims, "email") ?? "",
    },
    groups,
    // For display only (the API decides): an absent claim shows no scope line.
    scope: parseScope(claims[SCOPE_CLAIM], true),
    expiresAt: claims.exp * 1000,
  };
}
