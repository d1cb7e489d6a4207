export interface ServeRemoteOptions {
  /** The port when `PORT` is not set. */
  defaultPort: number;
  /** Files and folders (relative to the remote's folder) whose change calls for a new build. */
  sources: string[];
}

export function serveRemote(options: ServeRemoteOptions): void;
