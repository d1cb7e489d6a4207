import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { FlowConfigsListPage } from "../pages/flow-configs-list-page";

/** Thumb-size: 44 × 44 CSS px (Apple's guideline, WCAG 2.5.5). */
const THUMB_PX = 44;

/**
 * The visible controls a finger operates — buttons, text fields, selects and the toggles' targets — that
 * are smaller than a thumb, described by their accessible name and size. Links inside text are exempt.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((minimum) => {
    const selector = 'button, input:not([type="checkbox"]):not([type="radio"]), textarea, [data-thumb-target]';
    return [...document.querySelectorAll<HTMLElement>(selector)].flatMap((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || element.closest("[aria-hidden=true]")) return [];
      if (box.height >= minimum - 0.5 && box.width >= minimum - 0.5) return [];
      const name = element.getAttribute("aria-label") ?? element.textContent?.trim() ?? element.tagName;
      return [`${element.tagName.toLowerCase()} "${name.slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`];
    });
  }, THUMB_PX);
}

// Runs in the mobile project only (playwright.config.ts): touch sizes apply where the pointer is a finger
test.describe("thumb-size targets on a phone", () => {
  test("the list, a config and an office have no control smaller than 44 × 44 px", async ({ page, signInAs }) => {
    await signInAs("morgan");
    const list = new FlowConfigsListPage(page);
    await list.goto();
    await expect(list.configLink("BasicQueue")).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);

    await list.open("BasicQueue");
    const config = new FlowConfigsConfigPage(page);
    await expect(config.toggle("Closure")).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);

    // An office: inherited/overridden marks with "Reset to template", a select, the preview's copy buttons
    await config.goto("Office-Austin");
    await expect(page.getByRole("heading", { name: "Variables (4)" })).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
  });
});
