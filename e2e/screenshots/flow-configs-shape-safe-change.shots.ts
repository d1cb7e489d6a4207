import { expect, test } from "../fixtures/test";
import { FlowConfigsShapePage } from "../pages/flow-configs-shape-page";
import { screenshotPath } from "./screenshot-path";

test("flow configs: the shape editor's time zone, approval and quick actions", async ({ page, signInAs }, testInfo) => {
  await signInAs("alex");
  const shape = new FlowConfigsShapePage(page);
  await shape.goto("BasicQueue");
  await expect(shape.heading("BasicQueue")).toBeVisible();
  await shape.chooseTimeZone("Chicago", "America/Chicago");
  await shape.approval.check();
  await shape.addQuickAction("Fire closure", { Closure: "true", ClosureOfferCallback: "false" });
  // Nothing is saved: the seed's BasicQueue stays as other shots show it.
  const section = page.getByRole("heading", { name: "Schedule and approval", level: 2 });
  await section.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -80));
  await page.screenshot({ path: screenshotPath(testInfo, "flow-configs-shape-safe-change") });
});
