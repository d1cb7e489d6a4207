import type { LocalAuthSettings } from "@flow-configs/model/runtime";
import { readIdTokenClaims } from "./id-token-claims";
import { openAuthPopup } from "./open-auth-popup";
import { SessionListeners, sessionOf } from "./session-listeners";
import { sessionStorageOrMemory } from "./session-storage";
import { SignInRequiredError, type Session, type SessionState } from "./session";

const TOKEN_KEY = "flow-configs.local.id_token";
const PENDING_STATE_KEY = "flow-configs.local.state";
const RETURN_TO_KEY = "flow-configs.local.return_to";
/** A token this close to expiry is treated as expired, so a request never leaves with a dying token. */
const EXPIRY_SKEW_MS = 10_000;

export interface LocalSessionOptions {
  /** Inside the Connect workspace iframe: sign in through a popup. */
  inIframe: boolean;
  storage?: Storage;
  location?: Location;
  history?: History;
  now?: () => number;
  openPopup?: (url: string, redirectUrls: readonly string[]) => Promise<string | null>;
  randomState?: () => string;
}

const SIGNED_OUT: SessionState = { status: "signedOut", user: null, groups: [] };

function randomHex(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Reads `id_token` and `state` from a URL fragment (`#id_token=…&state=…`). */
export function readTokenFragment(hash: string): { idToken: string; state: string } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const idToken = params.get("id_token");
  const state = params.get("state");
  return idToken && state ? { idToken, state } : null;
}

/**
 * The session for the local identity provider: its persona picker redirects back with the ID token in
 * the URL fragment. The token is kept in sessionStorage; its `exp` claim decides when to sign in again.
 */
export function createLocalSession(settings: LocalAuthSettings, options: LocalSessionOptions): Session {
  const storage = options.storage ?? sessionStorageOrMemory();
  const location = options.location ?? window.location;
  const history = options.history ?? window.history;
  const now = options.now ?? Date.now;
  const openPopup = options.openPopup ?? openAuthPopup;
  const randomState = options.randomState ?? randomHex;
  const listeners = new SessionListeners();
  const redirectUri = `${location.origin}/`;
  let state: SessionState = SIGNED_OUT;

  function setState(next: SessionState): void {
    state = next;
    listeners.notify();
  }

  function stateFromToken(idToken: string): SessionState {
    const claims = readIdTokenClaims(idToken);
    const status = claims.expiresAt - EXPIRY_SKEW_MS > now() ? "signedIn" : "signInRequired";
    return { status, user: claims.user, groups: claims.groups };
  }

  /** Accepts a token only when it answers the state we sent: a fragment crafted elsewhere is ignored. */
  function acceptToken(fragment: { idToken: string; state: string }): string | undefined {
    const expected = storage.getItem(PENDING_STATE_KEY);
    storage.removeItem(PENDING_STATE_KEY);
    if (!expected || expected !== fragment.state) return "The sign-in answer did not match the request. Sign in again.";
    try {
      const next = stateFromToken(fragment.idToken);
      if (next.status !== "signedIn") return "The identity provider returned an expired token.";
      storage.setItem(TOKEN_KEY, fragment.idToken);
      state = next;
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  function restore(): void {
    const fragment = readTokenFragment(location.hash);
    if (fragment) {
      const error = acceptToken(fragment);
      const returnTo = storage.getItem(RETURN_TO_KEY) ?? `${location.pathname}${location.search}`;
      storage.removeItem(RETURN_TO_KEY);
      history.replaceState(history.state, "", returnTo);
      if (error) state = { ...SIGNED_OUT, error };
      if (state.status === "signedIn") return;
    }
    const stored = storage.getItem(TOKEN_KEY);
    if (!stored) return;
    try {
      const restored = stateFromToken(stored);
      // An expired token from an earlier visit is simply gone: nothing on the page to keep.
      if (restored.status === "signedIn") state = restored;
      else storage.removeItem(TOKEN_KEY);
    } catch {
      storage.removeItem(TOKEN_KEY);
    }
  }

  function signInUrl(requestState: string): string {
    const url = new URL("/local/sign-in", settings.providerUrl);
    url.searchParams.set("redirect_uri", redirectUri);
    url.searchParams.set("state", requestState);
    url.searchParams.set("client_id", settings.userPoolClientId);
    return url.toString();
  }

  restore();

  return sessionOf(() => state, listeners, {
    async getIdToken() {
      const token = storage.getItem(TOKEN_KEY);
      if (token && state.status === "signedIn") {
        const current = stateFromToken(token);
        if (current.status === "signedIn") return token;
      }
      if (state.status === "signedIn") setState({ ...state, status: "signInRequired" });
      throw new SignInRequiredError();
    },
    async signIn() {
      const requestState = randomState();
      storage.setItem(PENDING_STATE_KEY, requestState);
      // A popup keeps the page (and unsaved edits) alive: inside the iframe, and when the token expired.
      if (options.inIframe || state.status === "signInRequired") {
        const returned = await openPopup(signInUrl(requestState), [redirectUri]);
        if (returned === null) {
          storage.removeItem(PENDING_STATE_KEY);
          return;
        }
        const fragment = readTokenFragment(new URL(returned).hash);
        const error = fragment ? acceptToken(fragment) : "The sign-in window returned no token.";
        setState(error ? { ...state, error } : state);
        return;
      }
      storage.setItem(RETURN_TO_KEY, `${location.pathname}${location.search}`);
      location.assign(signInUrl(requestState));
    },
    async signOut() {
      storage.removeItem(TOKEN_KEY);
      setState(SIGNED_OUT);
      if (options.inIframe) return;
      const url = new URL("/local/sign-out", settings.providerUrl);
      url.searchParams.set("redirect_uri", redirectUri);
      location.assign(url.toString());
    },
  });
}
