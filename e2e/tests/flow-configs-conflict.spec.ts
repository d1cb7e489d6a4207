import type { Browser, Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { localIdToken } from "../fixtures/local-token";
import { resetBasicQueueSwitches } from "../pages/flow-configs-test-data";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { URLS } from "../stack-urls";

/** A second browser (its own storage) signed in as morgan, the way the `signInAs` fixture does it. */
async function secondBrowserAsMorgan(browser: Browser): Promise<Page> {
  const token = await localIdToken({ username: "morgan" });
  const context = await browser.newContext({ baseURL: URLS.shell });
  await context.addInitScript(
    ({ origin, idToken }) => {
      if (window.location.origin === origin) window.sessionStorage.setItem("flow-configs.local.id_token", idToken);
    },
    { origin: URLS.shell, idToken: token },
  );
  return context.newPage();
}

test.describe("two people save the same config", () => {
  test.beforeEach(async ({ apiAs }) => {
    await resetBasicQueueSwitches(apiAs("alex"));
  });

  test.afterEach(async ({ apiAs }) => {
    await resetBasicQueueSwitches(apiAs("alex"));
  });

  test("the second save sees what changed on the server and reapplies its edit on top", async ({ page, browser, signInAs, apiAs }) => {
    await signInAs("morgan");
    const first = new FlowConfigsConfigPage(page);
    await first.goto("BasicQueue");
    await expect(first.toggle("Closure")).toBeEnabled();

    const otherPage = await secondBrowserAsMorgan(browser);
    const second = new FlowConfigsConfigPage(otherPage);
    await second.goto("BasicQueue");
    await second.flip("ClosureOfferCallback");
    await second.save();
    await expect(second.flash("Saved BasicQueue")).toBeVisible();
    await otherPage.context().close();

    await first.flip("Closure");
    await first.save();
    await expect(first.conflictDialog).toBeVisible();
    await expect(first.conflictDialog.getByText("ClosureOfferCallback · value")).toBeVisible();
    await first.reapplyButton.click();
    await expect(first.toggle("Closure")).toBeChecked();
    await expect(first.toggle("ClosureOfferCallback")).toBeChecked();
    await first.save();
    await expect(first.flash("Saved BasicQueue")).toBeVisible();

    const saved = await apiAs("alex").getConfig("BasicQueue");
    const values = Object.fromEntries((saved.body.variables as { name: string; value: string }[]).map((variable) => [variable.name, variable.value]));
    expect(values).toMatchObject({ Closure: "true", ClosureOfferCallback: "true" });
  });
});
