/** What the shell knows about the Amazon Connect agent workspace it may be framed in. */
export interface WorkspaceContext {
  /** `standalone` until the workspace answers (and for good when it never does: local dev, direct visits). */
  readonly mode: "standalone" | "workspace";
  /** The Connect user's display name, inside the workspace. */
  readonly userName?: string;
  readonly instanceId?: string;
  readonly region?: string;
}

/** The port the shell reads the workspace through; modules receive its context as the `workspace` prop. */
export interface ConnectWorkspace {
  readonly context: WorkspaceContext;
  onChange(listener: () => void): () => void;
}

export const STANDALONE: WorkspaceContext = { mode: "standalone" };
