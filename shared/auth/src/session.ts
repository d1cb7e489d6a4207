/** Who is signed in, as the ID token says. */
export interface SessionUser {
  username: string;
  name: string;
  email: string;
}

/**
 * - `loading`: the adapter is still reading its stored tokens.
 * - `signedOut`: nobody is signed in.
 * - `signedIn`: a user with a valid token.
 * - `signInRequired`: the user was signed in but the token expired; the page keeps its state
 *   while the user signs in again (popup).
 */
export type SessionStatus = "loading" | "signedOut" | "signedIn" | "signInRequired";

/** An immutable picture of the session; replaced (new identity) on every change. */
export interface SessionState {
  readonly status: SessionStatus;
  readonly user: SessionUser | null;
  readonly groups: readonly string[];
  /** Why the last sign-in failed, shown to the user. */
  readonly error?: string;
}

/** The shell owns the session; modules receive it and never sign in on their own. */
export interface Session {
  readonly state: SessionState;
  readonly user: SessionUser | null;
  readonly groups: readonly string[];
  /** A fresh ID token; rejects with `SignInRequiredError` (and flips the status) when it cannot get one. */
  getIdToken(): Promise<string>;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
  /** Called after every change of `state`. Returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
}

/** Thrown by `getIdToken` when the user must sign in again. */
export class SignInRequiredError extends Error {
  constructor(message = "Your session has expired. Sign in again to continue.") {
    super(message);
    this.name = "SignInRequiredError";
  }
}
