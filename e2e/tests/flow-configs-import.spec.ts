import { expect, test } from "../fixtures/test";
import { FlowConfigsImportPage } from "../pages/flow-configs-import-page";
import { deleteConfigIfPresent } from "../pages/flow-configs-test-data";
import { ShellPage } from "../pages/shell-page";

test.describe("JSON import", () => {
  test("an admin sees a dry run of a document, nothing written, then applies it", async ({ page, signInAs, apiAs, lambda }, testInfo) => {
    const id = `E2E-Imported-${testInfo.project.name}`;
    const alex = apiAs("alex");
    await deleteConfigIfPresent(alex, id);
    const exported = await alex.request<{ configs: { id: string }[] }>("GET", "/flow-configs/export?ids=BasicQueue");
    expect(exported.status).toBe(200);
    const incoming = {
      id,
      description: "Moved from another environment",
      languages: ["en-US"],
      defaultLanguage: "en-US",
      variables: [{ name: "Closure", type: "boolean", value: "true" }],
      prompts: [],
      lookupKeys: [],
      templateId: null,
    };
    const broken = { id: "E2E-Broken", languages: [] };
    const document = { ...exported.body, configs: [...exported.body.configs, incoming, broken] };
    await signInAs("alex");

    const importPage = new FlowConfigsImportPage(page);
    await importPage.goto();
    await importPage.paste(document);
    await importPage.dryRun();

    await expect(importPage.row(importPage.dryRunTable, "BasicQueue")).toContainText("unchanged");
    await expect(importPage.row(importPage.dryRunTable, id)).toContainText("create");
    await expect(importPage.row(importPage.dryRunTable, "E2E-Broken")).toContainText("invalid");
    await expect(importPage.row(importPage.dryRunTable, "E2E-Broken")).toContainText("configs[2].languages");
    expect((await alex.getConfig(id)).status).toBe(404);
    await new ShellPage(page).expectNoHorizontalScroll();

    await importPage.apply();
    await expect(page.getByText("Import applied")).toBeVisible();
    await expect(importPage.row(importPage.importedTable, id)).toContainText("create");
    expect((await alex.getConfig(id)).status).toBe(200);
    expect((await lambda.getConfig({ parameters: { id } })).Closure).toBe("true");
    expect((await alex.getConfig("E2E-Broken")).status).toBe(404);
    await deleteConfigIfPresent(alex, id);
  });
});
