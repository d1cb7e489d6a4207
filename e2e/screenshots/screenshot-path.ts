import { join } from "node:path";
import type { TestInfo } from "@playwright/test";

const SCREENSHOTS_DIR = join(import.meta.dirname, "..", "..", "docs", "screenshots");

/** `docs/screenshots/<name>-<desktop|mobile>.png`. */
export function screenshotPath(testInfo: TestInfo, name: string): string {
  return join(SCREENSHOTS_DIR, `${name}-${testInfo.project.name}.png`);
}
