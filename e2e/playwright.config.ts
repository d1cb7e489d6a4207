import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium";
import { URLS, stackEnvironment } from "./stack-urls";

const repoRoot = join(import.meta.dirname, "..");
// Workers load this file too; only the main process starts the stack and makes its data folder. Tests find it
// in E2E_DATA_DIR (workers inherit the main process's environment): they drop contact flows into it.
const dataDir = process.env.TEST_WORKER_INDEX === undefined ? mkdtempSync(join(tmpdir(), "flow-configs-e2e-")) : "";
if (dataDir) process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: "tests",
  testMatch: "**/*.spec.ts",
  // The stack's data is shared: tests run one at a time, so one test's writes never surprise another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  globalSetup: "./global-setup.ts",
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL: URLS.shell,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    {
      name: "desktop",
      // Touch sizes apply where the pointer is a finger: checked on the phone only
      testIgnore: /touch-targets/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, launchOptions: chromiumLaunchOptions },
    },
    {
      name: "mobile",
      use: {
        browserName: "chromium",
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  webServer: {
    command: "npm start",
    cwd: repoRoot,
    url: URLS.shell,
    env: stackEnvironment(dataDir),
    // The first run builds the shell and the remote.
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    // `npm start` stops DynamoDB Local and the web servers it spawned on SIGTERM.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
