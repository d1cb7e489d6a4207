import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    // Each test file starts the whole stack (a JVM among them) on a machine shared with other builds
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
