import { expect, test } from "../fixtures/test";
import { FlowConfigsShapePage } from "../pages/flow-configs-shape-page";
import { screenshotPath } from "./screenshot-path";

test("flow configs: the shape editor's time zone, approval and quick actions", async ({ page, signInAs }, testInfo) => {
  await signInAs("alex");
  const shape = new FlowConfigsShapePage(page);
  await shape.goto("BasicQueue");
  await expect(shape.heading("BasicQueue")).toBeVisible();
  // The seed's BasicQueue has a zone and its fire-alarm actions; turning approval on is not saved.
  await expect(shape.timeZone).toHaveValue("America/Chicago");
  await shape.approval.check();
  const section = page.getByRole("heading", { name: "Schedule and approval", level: 2 });
  await section.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -80));
  await page.screenshot({ path: screenshotPath(testInfo, "flow-configs-shape-safe-change") });
});
