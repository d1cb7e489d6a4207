import { createLocalSession, type Session } from "@flow-configs/auth";
import type { RuntimeConfig } from "@flow-configs/model/runtime";

/** Builds the session the config asks for; Amplify is loaded only where Cognito is used. */
export async function createSession(auth: RuntimeConfig["auth"], inIframe: boolean): Promise<Session> {
  if (auth.kind === "local") return createLocalSession(auth, { inIframe });
  const { createAmplifySession } = await import("@flow-configs/auth/amplify");
  return createAmplifySession(auth, { inIframe });
}
