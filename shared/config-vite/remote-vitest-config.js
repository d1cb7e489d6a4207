import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

/**
 * The Vitest config of an admin module's remote: its pages rendered in jsdom, `test/setup.ts` run first,
 * and a JSON report for CI.
 */
export function remoteVitestConfig() {
  return defineConfig({
    plugins: [react()],
    test: {
      environment: "jsdom",
      setupFiles: ["./test/setup.ts"],
      css: false,
      testTimeout: 60000,
      reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    },
  });
}
