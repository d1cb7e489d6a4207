import { expect, test } from "../fixtures/test";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { FlowConfigsOfficePage } from "../pages/flow-configs-office-page";
import { deleteConfigIfPresent } from "../pages/flow-configs-test-data";
import { ShellPage } from "../pages/shell-page";

test.describe("field offices from the FieldOffice template", () => {
  test("an admin creates an office from the template, sees inherited and overridden entries, resets one, and getConfig by dialed number serves the office", async ({
    page,
    signInAs,
    apiAs,
    lambda,
  }, testInfo) => {
    const id = `Office-E2E-${testInfo.project.name}`;
    const dialed = testInfo.project.name === "mobile" ? "+17205550102" : "+17205550101";
    const alex = apiAs("alex");
    await deleteConfigIfPresent(alex, id);
    await signInAs("alex");

    const office = new FlowConfigsOfficePage(page);
    await office.gotoNewOffice("FieldOffice");
    await office.fillOffice(id, [dialed, `E2E-${testInfo.project.name}`]);
    await page.getByRole("textbox", { name: "OfficeName", exact: true }).fill("Denver");
    await office.promptVoice("OfficeGreeting").fill("Welcome to the Denver field office.");
    await new ShellPage(page).expectNoHorizontalScroll();
    await office.create();

    await expect(page.getByText(`Created ${id} from FieldOffice`)).toBeVisible();
    await expect(office.promptHeading("OfficeGreeting")).toContainText("overridden");
    await expect(office.promptHeading("OfficeHours")).toContainText("inherited");
    await expect(office.variableLabel("OfficeName")).toContainText("overridden");
    await expect(office.variableLabel("Region")).toContainText("inherited");
    const stored = await alex.getConfig(id);
    expect(stored.body).toMatchObject({ templateId: "FieldOffice", lookupKeys: [dialed, `E2E-${testInfo.project.name}`] });

    await office.resetButton("OfficeName").click();
    // A reset waits for Save like every other edit.
    await expect(office.variableLabel("OfficeName")).toContainText("reset to template on Save");
    await new FlowConfigsConfigPage(page).save();
    await expect(page.getByText("Reset OfficeName to the template")).toBeVisible();
    await expect(office.variableLabel("OfficeName")).toContainText("inherited");
    await expect(page.getByRole("textbox", { name: "OfficeName", exact: true })).toHaveValue("Field office");
    await new ShellPage(page).expectNoHorizontalScroll();

    const served = await lambda.getConfig({ parameters: {}, dialedNumber: dialed });
    expect(served.OfficeGreeting).toBe("Welcome to the Denver field office.");
    expect(served.OfficeName).toBe("Field office");
    expect(served.OfficeHours).toBe("We are open Monday to Friday, 8 AM to 5 PM.");
    await deleteConfigIfPresent(alex, id);
  });

  test("getConfig by an office's dialed number returns that office's values", async ({ lambda }) => {
    const austin = await lambda.getConfig({ parameters: {}, dialedNumber: "+15125550100" });

    expect(austin.OfficeName).toBe("Austin");
    expect(austin.OfficeGreeting).toBe("Welcome to the Austin field office.");
    expect(austin.OfficeOpen).toBe("true");
  });

  test("the office manager sees only her office, and another office is not found for her", async ({ page, signInAs, apiAs }) => {
    await signInAs("oscar");

    await page.goto("/flow-configs");
    const table = page.getByRole("table");
    await expect(table.getByRole("link", { name: "Office-Austin", exact: true })).toBeVisible();
    await expect(table.getByRole("link", { name: "Office-Boston", exact: true })).toHaveCount(0);
    await expect(table.getByRole("link", { name: "BasicQueue", exact: true })).toHaveCount(0);

    await page.goto("/flow-configs/Office-Boston");
    await expect(page.getByText("Not found, or you have no access", { exact: true })).toBeVisible();
    expect((await apiAs("oscar").getConfig("Office-Boston")).status).toBe(404);
    expect((await apiAs("oscar").getConfig("Office-Austin")).status).toBe(200);
  });
});
