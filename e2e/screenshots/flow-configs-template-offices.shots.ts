import { expect, test } from "../fixtures/test";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { FlowConfigsLookupKeys } from "../pages/flow-configs-lookup-keys";
import { FlowConfigsTemplateOffices } from "../pages/flow-configs-template-offices";
import { screenshotPath } from "./screenshot-path";

test("flow configs: a template's offices", async ({ page, signInAs }, testInfo) => {
  await signInAs("alex");
  await new FlowConfigsConfigPage(page).goto("FieldOffice");
  const offices = new FlowConfigsTemplateOffices(page, "FieldOffice");
  await expect(offices.officeLink("Office-Chicago")).toBeVisible();
  await offices.table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath(testInfo, "flow-configs-template-offices") });
});

test("flow configs: saving a template asks how many offices it affects", async ({ page, signInAs }, testInfo) => {
  await signInAs("morgan");
  const config = new FlowConfigsConfigPage(page);
  await config.goto("FieldOffice");
  await page.getByRole("textbox", { name: "OfficeName", exact: true }).fill("Our field office");
  await expect(new FlowConfigsTemplateOffices(page, "FieldOffice").heading).toContainText("(3)");
  await config.saveButton.click();
  await expect(page.getByRole("dialog", { name: "This change affects 3 offices" })).toBeVisible();
  await page.screenshot({ path: screenshotPath(testInfo, "flow-configs-affects-offices") });
});

test("flow configs: an admin edits an office's lookup keys", async ({ page, signInAs }, testInfo) => {
  await signInAs("alex");
  await new FlowConfigsConfigPage(page).goto("Office-Austin");
  const keys = new FlowConfigsLookupKeys(page);
  await keys.editButton.click();
  await keys.add("BOS", 3);
  await keys.save();
  await expect(keys.dialog.getByText('"BOS" is already used by flow config Office-Boston')).toBeVisible();
  await page.screenshot({ path: screenshotPath(testInfo, "flow-configs-lookup-keys") });
});
