import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    // Both regions are synthesized once (with cdk-nag) and every construct test reads those templates.
    globalSetup: ["test/support/global-synth.ts"],
    // The test files only read templates: sharing a worker's modules saves importing aws-cdk-lib per file.
    isolate: false,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    // Synthesizing two regions' stacks (and bundling once) takes seconds on a shared 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
