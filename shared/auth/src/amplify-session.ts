import { Amplify } from "aws-amplify";
import { fetchAuthSession, signInWithRedirect, signOut } from "aws-amplify/auth";
import { Hub } from "aws-amplify/utils";
import "aws-amplify/auth/enable-oauth-listener";
import type { CognitoAuthSettings } from "@flow-configs/model/runtime";
import { amplifyConfig } from "./amplify-config";
import { readIdTokenClaims } from "./id-token-claims";
import { openAuthPopup } from "./open-auth-popup";
import { SessionListeners, sessionOf } from "./session-listeners";
import { SignInRequiredError, type Session, type SessionState } from "./session";

const SIGNED_OUT: SessionState = { status: "signedOut", user: null, groups: [] };

/**
 * The session for Cognito through Amplify v6. Amplify keeps and refreshes the tokens; this adapter only
 * maps them to the `Session` port. Inside the Connect iframe the Hosted UI cannot be framed, so sign-in
 * opens a popup (`authSessionOpener`); standalone it is a plain redirect.
 */
export function createAmplifySession(settings: CognitoAuthSettings, options: { inIframe: boolean }): Session {
  Amplify.configure(amplifyConfig(settings));
  const listeners = new SessionListeners();
  let state: SessionState = { status: "loading", user: null, groups: [] };

  function setState(next: SessionState): void {
    state = next;
    listeners.notify();
  }

  async function currentIdToken(): Promise<string | undefined> {
    const { tokens } = await fetchAuthSession();
    return tokens?.idToken?.toString();
  }

  async function refresh(): Promise<void> {
    try {
      const idToken = await currentIdToken();
      if (!idToken) {
        setState(state.user ? { ...state, status: "signInRequired" } : SIGNED_OUT);
        return;
      }
      const claims = readIdTokenClaims(idToken);
      setState({ status: "signedIn", user: claims.user, groups: claims.groups });
    } catch (error) {
      setState({ ...SIGNED_OUT, error: error instanceof Error ? error.message : String(error) });
    }
  }

  Hub.listen("auth", ({ payload }) => {
    if (payload.event === "signInWithRedirect" || payload.event === "tokenRefresh") void refresh();
    if (payload.event === "signInWithRedirect_failure") setState({ ...state, error: "Sign-in failed. Try again." });
    if (payload.event === "tokenRefresh_failure" && state.user) setState({ ...state, status: "signInRequired" });
    if (payload.event === "signedOut") setState(SIGNED_OUT);
  });
  void refresh();

  const provider = settings.identityProvider ? { custom: settings.identityProvider } : undefined;

  return sessionOf(() => state, listeners, {
    async getIdToken() {
      const idToken = await currentIdToken().catch(() => undefined);
      if (idToken) return idToken;
      if (state.user) setState({ ...state, status: "signInRequired" });
      throw new SignInRequiredError();
    },
    async signIn() {
      const usePopup = options.inIframe || state.status === "signInRequired";
      await signInWithRedirect({
        ...(provider ? { provider } : {}),
        ...(usePopup
          ? {
              options: {
                authSessionOpener: async (url: string, redirectUrls: string[]) => {
                  const returned = await openAuthPopup(url, redirectUrls);
                  return returned ? { type: "success" as const, url: returned } : { type: "canceled" as const };
                },
              },
            }
          : {}),
      });
      if (usePopup) await refresh();
    },
    async signOut() {
      await signOut();
      setState(SIGNED_OUT);
    },
  });
}
