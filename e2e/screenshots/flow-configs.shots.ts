import { expect, test } from "../fixtures/test";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { FlowConfigsCreatePage } from "../pages/flow-configs-create-page";
import { FlowConfigsListPage } from "../pages/flow-configs-list-page";
import { resetBasicQueueSwitches } from "../pages/flow-configs-test-data";
import { screenshotPath } from "./screenshot-path";

test.beforeEach(async ({ apiAs }) => {
  await resetBasicQueueSwitches(apiAs("alex"));
});

test.afterEach(async ({ apiAs }) => {
  await resetBasicQueueSwitches(apiAs("alex"));
});

test("flow configs: the list", async ({ page, signInAs }, testInfo) => {
  await signInAs("alex");
  const list = new FlowConfigsListPage(page);
  await list.goto();
  await expect(list.configLink("BasicQueue")).toBeVisible();
  await page.screenshot({ path: screenshotPath(testInfo, "flow-configs-list") });
});

test("flow configs: a config", async ({ page, signInAs }, testInfo) => {
  await signInAs("morgan");
  const config = new FlowConfigsConfigPage(page);
  await config.goto("BasicQueue");
  await expect(config.toggle("Closure")).toBeVisible();
  await page.screenshot({ path: screenshotPath(testInfo, "flow-configs-config") });
});

test("flow configs: creating a config", async ({ page, signInAs }, testInfo) => {
  await signInAs("alex");
  const create = new FlowConfigsCreatePage(page);
  await create.goto();
  await create.fillId("HolidayQueue");
  await create.addLanguage("es-US");
  await create.addStringVariable("HolidayName", "New Year");
  await create.addPrompt("HolidayGreeting", { "en-US": "Happy holidays", "es-US": "Felices fiestas" });
  await create.heading.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath(testInfo, "flow-configs-create") });
});

test("flow configs: a conflict on save", async ({ page, signInAs, apiAs }, testInfo) => {
  await signInAs("morgan");
  const config = new FlowConfigsConfigPage(page);
  await config.goto("BasicQueue");
  await config.flip("Closure");
  // Someone else saves first.
  const alex = apiAs("alex");
  const current = await alex.getConfig("BasicQueue");
  await alex.request("PATCH", "/flow-configs/BasicQueue/values", {
    body: { variables: [{ name: "ClosureOfferCallback", value: "true" }] },
    ifMatch: current.body.version,
  });
  await config.save();
  await expect(config.conflictDialog).toBeVisible();
  await page.screenshot({ path: screenshotPath(testInfo, "flow-configs-conflict") });
});

test("flow configs: unsaved changes in the sticky action bar", async ({ page, signInAs }, testInfo) => {
  await signInAs("morgan");
  const config = new FlowConfigsConfigPage(page);
  await config.goto("BasicQueue");
  await config.flip("Closure");
  await config.flip("ClosureOfferCallback");
  await expect(config.actionBar).toBeVisible();
  await config.promptText("Welcome", "voice").scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath(testInfo, "flow-configs-unsaved-changes") });
});

test("flow configs: a refused save marks the prompt tab in error", async ({ page, signInAs }, testInfo) => {
  await signInAs("morgan");
  const config = new FlowConfigsConfigPage(page);
  await config.goto("BasicQueue");
  await config.languageTab("es-US").click();
  await config.promptText("Welcome", "voice").fill("<speak>Gracias por llamar");
  await config.languageTab("en-US").click();
  await config.save();
  await expect(config.promptText("Welcome", "voice")).toBeFocused();
  await page.screenshot({ path: screenshotPath(testInfo, "flow-configs-refused-save") });
});

test("flow configs: a scoped user's list", async ({ page, signInAs }, testInfo) => {
  await signInAs("oscar");
  const list = new FlowConfigsListPage(page);
  await list.goto();
  await expect(list.configLink("Office-Austin")).toBeVisible();
  await page.screenshot({ path: screenshotPath(testInfo, "flow-configs-scoped-list") });
});
