import { signedInOnAnotherDevice } from "../fixtures/another-device";
import { expect, test } from "../fixtures/test";
import { resetBasicQueueSwitches } from "../pages/flow-configs-test-data";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";

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

    const otherPage = await signedInOnAnotherDevice(browser, "morgan");
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
