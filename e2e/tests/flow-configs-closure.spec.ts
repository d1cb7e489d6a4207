import { expect, test } from "../fixtures/test";
import { resetBasicQueueSwitches } from "../pages/flow-configs-test-data";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { FlowConfigsListPage } from "../pages/flow-configs-list-page";
import { ShellPage } from "../pages/shell-page";

test.describe("the manager closes the queue", () => {
  test.beforeEach(async ({ apiAs }) => {
    await resetBasicQueueSwitches(apiAs("alex"));
  });

  test.afterEach(async ({ apiAs }) => {
    await resetBasicQueueSwitches(apiAs("alex"));
  });

  test("a business user flips Closure from the list and the next getConfig call returns it", async ({ page, signInAs, lambda }) => {
    expect((await lambda.getConfig({ parameters: { id: "BasicQueue" } })).Closure).toBe("false");
    await signInAs("morgan");

    const list = new FlowConfigsListPage(page);
    await list.goto();
    await list.open("BasicQueue");
    const config = new FlowConfigsConfigPage(page);
    await config.flip("Closure");
    await config.save();

    await expect(config.flash("Saved BasicQueue")).toBeVisible();
    await expect(config.toggle("Closure")).toBeChecked();
    await new ShellPage(page).expectNoHorizontalScroll();
    expect((await lambda.getConfig({ parameters: { id: "BasicQueue" } })).Closure).toBe("true");
  });
});
