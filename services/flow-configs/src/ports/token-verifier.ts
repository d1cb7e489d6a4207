import type { Principal } from "./authorizer";

/**
 * Turns a bearer token into the signed-in user. Rejects (with `DomainError("Unauthorized")`) a missing,
 * malformed, expired, wrongly signed or wrongly issued token.
 */
export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}
