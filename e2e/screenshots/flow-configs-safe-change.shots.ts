import { expect, test } from "../fixtures/test";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { FlowConfigsSafeChange } from "../pages/flow-configs-safe-change";
import { FlowConfigsSchedule } from "../pages/flow-configs-schedule";
import { screenshotPath } from "./screenshot-path";

test("flow configs: a quick action's confirm lists what changes", async ({ page, signInAs }, testInfo) => {
  await signInAs("morgan");
  const config = new FlowConfigsConfigPage(page);
  await config.goto("BasicQueue");
  const confirm = await new FlowConfigsSafeChange(page).chooseQuickAction("Fire closure");
  await expect(confirm).toBeVisible();
  // Shot only: the confirm is left unanswered, so nothing changes.
  await page.screenshot({ path: screenshotPath(testInfo, "flow-configs-quick-action") });
});

test("flow configs: the schedule a change dialog, in the config's time zone", async ({ page, signInAs }, testInfo) => {
  await signInAs("morgan");
  const config = new FlowConfigsConfigPage(page);
  await config.goto("BasicQueue");
  const schedule = new FlowConfigsSchedule(page);
  await page.getByRole("button", { name: "Schedule a change" }).click();
  await expect(schedule.dialog).toBeVisible();
  await page.screenshot({ path: screenshotPath(testInfo, "flow-configs-schedule-change") });
});
