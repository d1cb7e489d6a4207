import type { FlowConfigBody } from "@flow-configs/model";
import { signedInOnAnotherDevice } from "../fixtures/another-device";
import { expect, test } from "../fixtures/test";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { FlowConfigsSafeChange } from "../pages/flow-configs-safe-change";
import { deleteConfigIfPresent, resetBasicQueueSwitches } from "../pages/flow-configs-test-data";
import { ShellPage } from "../pages/shell-page";

/** No seeded config requires approval: this one does, for the two-person rule. */
const SECOND_PERSON_QUEUE: FlowConfigBody = {
  id: "SecondPersonQueue",
  kind: "standard",
  description: "A queue whose changes need a second person",
  languages: ["en-US"],
  defaultLanguage: "en-US",
  approval: "required",
  variables: [{ name: "Closure", type: "boolean", value: "false", description: "Close the queue" }],
  prompts: [],
  lookupKeys: [],
  templateId: null,
};

test.describe("a business user in an emergency: quick actions", () => {
  test.beforeEach(async ({ apiAs }) => {
    await resetBasicQueueSwitches(apiAs("alex"));
    // Callbacks on, so Fire closure visibly turns them off
    await apiAs("alex").patchValues("BasicQueue", { variables: [{ name: "ClosureOfferCallback", value: "true" }] });
  });

  test.afterEach(async ({ apiAs }) => {
    await resetBasicQueueSwitches(apiAs("alex"));
  });

  test("morgan fires the closure in two taps and the flow sees it, then reopens", async ({ page, signInAs, lambda }) => {
    await signInAs("morgan");
    const config = new FlowConfigsConfigPage(page);
    const safeChange = new FlowConfigsSafeChange(page);
    await config.goto("BasicQueue");

    await expect(safeChange.quickActionsHeading).toBeVisible();
    await config.expectInViewport(safeChange.quickAction("Fire closure"));
    const confirm = await safeChange.chooseQuickAction("Fire closure");
    await expect(safeChange.changeRow(confirm, "Closure", "false", "true")).toBeVisible();
    await expect(safeChange.changeRow(confirm, "ClosureOfferCallback", "true", "false")).toBeVisible();
    await new ShellPage(page).expectNoHorizontalScroll();
    await safeChange.confirmQuickAction("Fire closure");

    await expect(config.flash("Fire closure: done")).toBeVisible();
    await expect(config.toggle("Closure")).toBeChecked();
    expect(await lambda.getConfig({ parameters: { id: "BasicQueue" } })).toMatchObject({ Closure: "true", ClosureOfferCallback: "false" });

    await safeChange.chooseQuickAction("Reopen");
    await safeChange.confirmQuickAction("Reopen");
    await expect(config.flash("Reopen: done")).toBeVisible();
    await expect(config.toggle("Closure")).not.toBeChecked();
    expect((await lambda.getConfig({ parameters: { id: "BasicQueue" } })).Closure).toBe("false");
  });
});

test.describe("the two-person rule", () => {
  test.beforeEach(async ({ apiAs }) => {
    const alex = apiAs("alex");
    await deleteConfigIfPresent(alex, SECOND_PERSON_QUEUE.id);
    const created = await alex.request("POST", "/flow-configs", { body: SECOND_PERSON_QUEUE });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  });

  test.afterEach(async ({ apiAs }) => {
    await deleteConfigIfPresent(apiAs("alex"), SECOND_PERSON_QUEUE.id);
  });

  test("morgan's change waits for avery, who signs in, sees it and approves; then the flow reads it", async ({ page, browser, signInAs, lambda }, testInfo) => {
    const getClosure = async () => (await lambda.getConfig({ parameters: { id: SECOND_PERSON_QUEUE.id } })).Closure;
    await signInAs("morgan");
    const config = new FlowConfigsConfigPage(page);
    const safeChange = new FlowConfigsSafeChange(page);
    await config.goto(SECOND_PERSON_QUEUE.id);

    await config.flip("Closure");
    await config.save();
    await expect(config.flash("Sent for approval")).toBeVisible();
    await expect(safeChange.request("you").getByText("Waiting for approval by another person.")).toBeVisible();
    await expect(safeChange.request("you").getByRole("button", { name: "Approve" })).toHaveCount(0);
    await expect(config.toggle("Closure")).not.toBeChecked();
    expect(await getClosure()).toBe("false");

    const { viewport, isMobile, hasTouch, deviceScaleFactor } = testInfo.project.use;
    const averyPage = await signedInOnAnotherDevice(browser, "avery", { viewport, isMobile, hasTouch, deviceScaleFactor });
    const averyConfig = new FlowConfigsConfigPage(averyPage);
    const averySafeChange = new FlowConfigsSafeChange(averyPage);
    await averyConfig.goto(SECOND_PERSON_QUEUE.id);
    await expect(averyConfig.heading(SECOND_PERSON_QUEUE.id)).toBeVisible();

    const request = averySafeChange.request("morgan");
    await expect(request).toBeVisible();
    await expect(averySafeChange.changeRow(request, "Closure", "false", "true")).toBeVisible();
    await new ShellPage(averyPage).expectNoHorizontalScroll();
    await averySafeChange.approve("morgan");

    await expect(averyConfig.flash("Approved morgan's change")).toBeVisible();
    await expect(averySafeChange.waitingForApproval).toHaveCount(0);
    await expect(averyConfig.toggle("Closure")).toBeChecked();
    expect(await getClosure()).toBe("true");
    await averyPage.context().close();
  });
});
