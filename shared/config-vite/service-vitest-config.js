import { defineConfig } from "vitest/config";

/**
 * The Vitest config of a module's service whose tests run against DynamoDB Local: one in-memory DynamoDB
 * Local for the whole run, started by the service's `test/support/dynamodb.ts`; each test file creates
 * its own table in it.
 */
export function serviceVitestConfig() {
  // The AWS SDK warns about Node 20 on every client; the global setup (in this process) and the workers share this
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
  return defineConfig({
    test: {
      include: ["test/**/*.test.ts"],
      reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
      globalSetup: ["test/support/dynamodb.ts"],
      // DynamoDB Local is a JVM on a machine shared with other builds: allow for slow first answers
      testTimeout: 30_000,
      hookTimeout: 90_000,
    },
  });
}
