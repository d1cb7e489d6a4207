import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/** `npm run screenshots`: desktop and phone PNGs of the main pages for the README, in docs/screenshots/. */
export default defineConfig({
  ...base,
  testDir: "screenshots",
  testMatch: "**/*.shots.ts",
  reporter: [["list"]],
});
