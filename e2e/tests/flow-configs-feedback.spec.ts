import { expect, test } from "../fixtures/test";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { FlowConfigsCreatePage } from "../pages/flow-configs-create-page";
import { FlowConfigsListPage } from "../pages/flow-configs-list-page";
import { resetBasicQueueSwitches } from "../pages/flow-configs-test-data";
import { ShellPage } from "../pages/shell-page";

test.describe("feedback where the user is", () => {
  test.beforeEach(async ({ apiAs }) => {
    await resetBasicQueueSwitches(apiAs("alex"));
  });

  test.afterEach(async ({ apiAs }) => {
    await resetBasicQueueSwitches(apiAs("alex"));
  });

  test("unsaved changes keep Save, Discard and their count in the window, and 'Saved' shows where the user is", async ({ page, signInAs, lambda }) => {
    await signInAs("morgan");
    const config = new FlowConfigsConfigPage(page);
    await config.goto("BasicQueue");
    await expect(config.toggle("Closure")).toBeVisible();
    await expect(config.actionBar).toHaveCount(0);

    await config.flip("Closure");
    await config.flip("ClosureOfferCallback");

    await expect(config.actionBar).toContainText("2 unsaved changes");
    await config.expectInViewport(config.saveButton);
    await config.scrollToBottom();
    await config.expectInViewport(config.saveButton);
    await config.expectInViewport(config.discardButton);
    await config.save();

    await expect(config.flash("Saved BasicQueue")).toBeVisible();
    await config.expectInViewport(config.notifications);
    await expect(config.actionBar).toHaveCount(0);
    await new ShellPage(page).expectNoHorizontalScroll();
    expect((await lambda.getConfig({ parameters: { id: "BasicQueue" } })).Closure).toBe("true");
  });

  test("Discard puts every value back and hides the bar", async ({ page, signInAs }) => {
    await signInAs("morgan");
    const config = new FlowConfigsConfigPage(page);
    await config.goto("BasicQueue");
    await config.flip("Closure");
    await expect(config.actionBar).toContainText("1 unsaved change");

    await config.discardButton.click();

    await expect(config.toggle("Closure")).not.toBeChecked();
    await expect(config.actionBar).toHaveCount(0);
  });

  test("a refused save opens the prompt tab in error, marks it, and focuses the field in view", async ({ page, signInAs, apiAs }) => {
    await signInAs("morgan");
    const config = new FlowConfigsConfigPage(page);
    await config.goto("BasicQueue");
    const before = (await apiAs("alex").getConfig("BasicQueue")).body.version;
    await config.languageTab("es-US").click();
    await config.promptText("Welcome", "voice").fill("<speak>Gracias por llamar");
    await config.languageTab("en-US").click();
    await expect(config.languageTab("es-US")).toHaveAccessibleName(/has errors/);
    await expect(config.languageTab("en-US")).not.toHaveAccessibleName(/has errors/);
    await config.scrollToBottom();

    await config.save();

    await expect(config.flash("Fix the marked values first")).toBeVisible();
    await config.expectInViewport(config.notifications);
    await expect(config.languageTab("es-US")).toHaveAttribute("aria-selected", "true");
    const field = config.promptText("Welcome", "voice");
    await expect(field).toBeFocused();
    await expect(field).toHaveValue("<speak>Gracias por llamar");
    await config.expectInViewport(field);
    expect((await apiAs("alex").getConfig("BasicQueue")).body.version).toBe(before);
  });
});

test.describe("a duplicate id", () => {
  test("creating a config with a taken id marks and focuses the Id field", async ({ page, signInAs }) => {
    await signInAs("alex");
    const create = new FlowConfigsCreatePage(page);
    await create.goto();
    await create.fillId("BasicQueue");
    await create.addStringVariable("HolidayName", "New Year");

    await create.submit();

    const id = page.getByRole("textbox", { name: "Id", exact: true });
    await expect(id).toBeFocused();
    await expect(page.getByText("flow config BasicQueue already exists").first()).toBeVisible();
    await expect(id).toHaveAttribute("aria-invalid", "true");
  });
});

test.describe("honest scope", () => {
  test("a scoped user reads what he manages on the list and in the account menu, and another office is not found or not his", async ({ page, signInAs }) => {
    await signInAs("oscar");
    const list = new FlowConfigsListPage(page);
    await list.goto();
    await expect(list.configLink("Office-Austin")).toBeVisible();
    await expect(page.getByText("You manage Office-Austin", { exact: true })).toBeVisible();

    const shell = new ShellPage(page);
    await shell.openAccountMenu("Oscar Office");
    await expect(page.getByRole("menuitem", { name: "You manage Office-Austin" })).toBeVisible();
    await page.keyboard.press("Escape");

    await page.goto("/flow-configs/Office-Boston");
    await expect(page.getByText("Not found, or you have no access", { exact: true })).toBeVisible();
    await expect(page.getByText(/does not exist/)).toHaveCount(0);
  });

  test("the workspace indicator says what it means", async ({ page, signInAs }) => {
    await signInAs("morgan");
    await page.goto("/flow-configs");
    const shell = new ShellPage(page);
    const indicator = shell.workspaceIndicator("Standalone");
    const overflow = page.getByRole("button", { name: "More" });
    await expect(indicator.or(overflow).first()).toBeVisible();
    if (!(await indicator.isVisible())) await overflow.click();
    await indicator.click();
    await expect(page.getByText(/outside the Amazon Connect agent workspace/)).toBeVisible();
  });
});
