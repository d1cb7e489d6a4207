import type { UserConfigFnObject } from "vite";

export interface RemoteViteOptions {
  /** The federation name the shell's runtime config gives as the module's remote, e.g. `callerLists`. */
  name: string;
  /** What the remote exposes, e.g. `{ "./Module": "./src/expose/Module.tsx" }`. */
  exposes: Record<string, string>;
  /** The port when `PORT` is not set. */
  defaultPort: number;
}

export function remoteViteConfig(options: RemoteViteOptions): UserConfigFnObject;
