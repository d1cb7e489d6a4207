import type { WorkspaceContext } from "@flow-configs/module-contract";

export type { WorkspaceContext };

/** The port the shell reads the workspace through; modules receive its context as the `workspace` prop. */
export interface ConnectWorkspace {
  readonly context: WorkspaceContext;
  onChange(listener: () => void): () => void;
}

export const STANDALONE: WorkspaceContext = { mode: "standalone" };
