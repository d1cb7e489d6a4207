import { expect, test } from "../fixtures/test";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { FlowConfigsCreatePage } from "../pages/flow-configs-create-page";
import { FlowConfigsListPage } from "../pages/flow-configs-list-page";
import { deleteConfigIfPresent } from "../pages/flow-configs-test-data";

const ID = "E2eHolidayQueue";

test.describe("an admin defines a new config", () => {
  test.beforeEach(async ({ apiAs }) => {
    await deleteConfigIfPresent(apiAs("alex"), ID);
  });

  test.afterEach(async ({ apiAs }) => {
    await deleteConfigIfPresent(apiAs("alex"), ID);
  });

  test("creates a config with a variable and a prompt in two languages, then getConfig serves them", async ({ page, signInAs, lambda }) => {
    await signInAs("alex");
    const list = new FlowConfigsListPage(page);
    await list.goto();
    await list.createButton.click();

    const create = new FlowConfigsCreatePage(page);
    await expect(create.heading).toBeVisible();
    await create.fillId(ID);
    await create.addLanguage("es-US");
    await create.addStringVariable("HolidayName", "New Year");
    await create.addPrompt("HolidayGreeting", { "en-US": "Happy holidays", "es-US": "Felices fiestas" });
    await create.submit();

    const config = new FlowConfigsConfigPage(page);
    await expect(config.heading(ID)).toBeVisible();
    await expect(config.flash(`Created ${ID}`)).toBeVisible();
    expect(await lambda.getConfig({ parameters: { id: ID } })).toEqual({ HolidayName: "New Year", HolidayGreeting: "Happy holidays" });
    expect(await lambda.getConfig({ parameters: { id: ID, lang: "es-US" } })).toEqual({ HolidayName: "New Year", HolidayGreeting: "Felices fiestas" });
  });
});
