import type { ViteUserConfig } from "vitest/config";

export function serviceVitestConfig(): ViteUserConfig;
