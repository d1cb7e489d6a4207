import { useSyncExternalStore } from "react";
import type { Session, SessionState } from "./session";

/** The session's current state; re-renders on every change. */
export function useSession(session: Session): SessionState {
  return useSyncExternalStore(
    (listener) => session.onChange(listener),
    () => session.state,
  );
}
