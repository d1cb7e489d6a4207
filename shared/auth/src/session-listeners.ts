import type { Session, SessionState } from "./session";

/** A tiny listener set shared by the adapters. */
export class SessionListeners {
  readonly #listeners = new Set<() => void>();

  add(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}

/** What an adapter does itself: the rest of the `Session` port reads its state and listeners the same way in every adapter. */
export type SessionActions = Pick<Session, "getIdToken" | "signIn" | "signOut">;

/** The `Session` port over an adapter's current state (read on every access) and its listeners. */
export function sessionOf(currentState: () => SessionState, listeners: SessionListeners, actions: SessionActions): Session {
  return {
    get state() {
      return currentState();
    },
    get user() {
      return currentState().user;
    },
    get groups() {
      return currentState().groups;
    },
    getIdToken: () => actions.getIdToken(),
    signIn: () => actions.signIn(),
    signOut: () => actions.signOut(),
    onChange: (listener) => listeners.add(listener),
  };
}
