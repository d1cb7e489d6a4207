import type { ConfigInput } from "@flow-configs/model";
import { expect, test } from "../fixtures/test";
import type { RestApi } from "../fixtures/rest-api";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { FlowConfigsLookupKeys } from "../pages/flow-configs-lookup-keys";
import { FlowConfigsTemplateOffices } from "../pages/flow-configs-template-offices";
import { deleteConfigIfPresent } from "../pages/flow-configs-test-data";
import { ShellPage } from "../pages/shell-page";

/** More offices than the table's page of 10 holds. */
const OFFICE_COUNT = 12;

const officeIds = (templateId: string) => Array.from({ length: OFFICE_COUNT }, (_, index) => `${templateId}-${String(index + 1).padStart(2, "0")}`);

/** A template of its own with twelve offices, so paging and a template save touch nothing other tests read. */
async function seedTemplateWithOffices(api: RestApi, templateId: string): Promise<void> {
  await removeTemplateWithOffices(api, templateId);
  const template: ConfigInput = {
    id: templateId,
    kind: "standard",
    description: "Offices for the template offices test",
    languages: ["en-US"],
    defaultLanguage: "en-US",
    variables: [{ name: "OfficeName", type: "string", value: "Field office" }],
    prompts: [],
    lookupKeys: [],
    templateId: null,
  };
  await api.replaceConfig(template);
  for (const id of officeIds(templateId)) {
    await api.replaceConfig({ id, description: `Office ${id.slice(-2)}`, templateId, variables: [], prompts: [], lookupKeys: [`${id}-KEY`] });
  }
}

async function removeTemplateWithOffices(api: RestApi, templateId: string): Promise<void> {
  for (const id of officeIds(templateId)) await deleteConfigIfPresent(api, id);
  await deleteConfigIfPresent(api, templateId);
}

test.describe("a template's offices", () => {
  test("the FieldOffice page lists the seeded offices, a search narrows them, and a row opens its office", async ({ page, signInAs }) => {
    await signInAs("morgan");
    await new FlowConfigsConfigPage(page).goto("FieldOffice");
    const offices = new FlowConfigsTemplateOffices(page, "FieldOffice");

    for (const id of ["Office-Austin", "Office-Boston", "Office-Chicago"]) await expect(offices.officeLink(id)).toBeVisible();
    await expect(offices.row("Office-Boston")).toContainText("+16175550100, BOS");
    await new ShellPage(page).expectNoHorizontalScroll();

    await offices.search.fill("bos");
    await expect(offices.officeLink("Office-Austin")).toHaveCount(0);
    await expect(offices.officeLinks).toHaveText(["Office-Boston"]);

    await offices.officeLink("Office-Boston").click();
    await expect(page).toHaveURL(/\/flow-configs\/Office-Boston$/);
    const keys = new FlowConfigsLookupKeys(page);
    await expect(keys.panel).toBeVisible();
    await expect(page.getByText("BOS", { exact: true })).toBeVisible();
  });

  test("a template's offices page past the first ten, and saving the template asks first how many offices it affects", async ({ page, signInAs, apiAs }, testInfo) => {
    const templateId = `OfficesE2E-${testInfo.project.name}`;
    const alex = apiAs("alex");
    await seedTemplateWithOffices(alex, templateId);
    await signInAs("alex");
    const config = new FlowConfigsConfigPage(page);
    await config.goto(templateId);
    const offices = new FlowConfigsTemplateOffices(page, templateId);

    await expect(offices.heading).toContainText(`(${OFFICE_COUNT})`);
    await expect(offices.officeLinks).toHaveCount(10);
    await offices.nextPage.click();
    await expect(offices.officeLinks).toHaveText([`${templateId}-11`, `${templateId}-12`]);

    await page.getByRole("textbox", { name: "OfficeName", exact: true }).fill("Regional office");
    await config.saveButton.click();
    const confirm = page.getByRole("dialog", { name: `This change affects ${OFFICE_COUNT} offices` });
    await expect(confirm).toBeVisible();
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toBeHidden();
    expect((await alex.getConfig(templateId)).body).toMatchObject({ variables: [expect.objectContaining({ value: "Field office" })] });

    await config.saveButton.click();
    await confirm.getByRole("button", { name: `Save for ${OFFICE_COUNT} offices` }).click();
    await expect(config.flash(`Saved ${templateId}`)).toBeVisible();
    expect((await alex.getConfig(`${templateId}-01`)).body).toMatchObject({ variables: [expect.objectContaining({ value: "Regional office", source: "inherited" })] });
    await removeTemplateWithOffices(alex, templateId);
  });

  test("an admin changes an office's lookup keys, sees a taken key on its field, and 'Edit shape' opens the template", async ({ page, signInAs, apiAs }, testInfo) => {
    const id = `Office-Keys-${testInfo.project.name}`;
    const ownKey = `KEYS-${testInfo.project.name}`;
    const newKey = `KEYS2-${testInfo.project.name}`;
    const alex = apiAs("alex");
    await deleteConfigIfPresent(alex, id);
    await alex.replaceConfig({ id, description: "An office whose keys change", templateId: "FieldOffice", variables: [], prompts: [], lookupKeys: [ownKey] });
    await signInAs("alex");
    const config = new FlowConfigsConfigPage(page);
    await config.goto(id);
    const keys = new FlowConfigsLookupKeys(page);
    await expect(page.getByText(ownKey, { exact: true })).toBeVisible();

    await keys.editButton.click();
    await keys.add("BOS", 2);
    await keys.save();
    await expect(keys.dialog.getByText('"BOS" is already used by flow config Office-Boston')).toBeVisible();
    await new ShellPage(page).expectNoHorizontalScroll();

    await keys.key(2).fill(newKey);
    await keys.save();
    await expect(config.flash(`Saved the lookup keys of ${id}`)).toBeVisible();
    await expect(keys.dialog).toBeHidden();
    await expect(page.getByText(newKey, { exact: true })).toBeVisible();
    expect((await alex.getConfig(id)).body).toMatchObject({ lookupKeys: [ownKey, newKey] });

    await page.getByRole("button", { name: "More actions" }).click();
    await page.getByRole("menuitem", { name: /^Edit shape/ }).click();
    await expect(page).toHaveURL(/\/flow-configs\/FieldOffice\/shape$/);
    await deleteConfigIfPresent(alex, id);
  });
});
