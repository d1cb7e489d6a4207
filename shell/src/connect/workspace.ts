import { STANDALONE, type ConnectWorkspace } from "./connect-workspace";

const standaloneWorkspace: ConnectWorkspace = { context: STANDALONE, onChange: () => () => undefined };

/** True when another page frames us: only then can a Connect workspace be there to answer. */
export function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true; // a cross-origin parent denies access to window.top
  }
}

/**
 * The workspace port for this page. The Connect SDK is loaded only when framed — a page that is not
 * framed has no workspace to talk to, so it skips the SDK's bytes and its 5 s connection timeout.
 */
export async function loadWorkspace(): Promise<ConnectWorkspace> {
  if (!isFramed()) return standaloneWorkspace;
  const { amazonConnectWorkspace } = await import("./amazon-connect-workspace");
  return amazonConnectWorkspace;
}
