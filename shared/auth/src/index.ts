export { SignInRequiredError } from "./session";
export type { Session, SessionState, SessionStatus, SessionUser } from "./session";
export { readIdTokenClaims } from "./id-token-claims";
export type { IdTokenClaims } from "./id-token-claims";
export { createLocalSession, readTokenFragment } from "./local-session";
export type { LocalSessionOptions } from "./local-session";
export { isAuthPopup } from "./auth-popup";
export { useSession } from "./use-session";
