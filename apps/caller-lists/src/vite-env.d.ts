/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The REST API the standalone page talks to; the shell passes its own to the exposed App. */
  readonly VITE_API_URL?: string;
}
