/** What the shell knows about the Amazon Connect agent workspace it may be framed in. */
export interface WorkspaceContext {
  /** `standalone` until the workspace answers (and for good when it never does: local dev, direct visits). */
  readonly mode: "standalone" | "workspace";
  /** The Connect user's display name, inside the workspace (`agent/getName`). */
  readonly userName?: string;
  readonly instanceId?: string;
  readonly region?: string;
}
