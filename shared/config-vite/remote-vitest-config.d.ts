import type { ViteUserConfig } from "vitest/config";

export function remoteVitestConfig(): ViteUserConfig;
