import type { Page } from "@playwright/test";
import { localIdToken } from "../fixtures/local-token";
import { expect, test } from "../fixtures/test";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { FlowConfigsHistoryPage } from "../pages/flow-configs-history-page";
import { FlowConfigsImportPage } from "../pages/flow-configs-import-page";
import { FlowConfigsListEntriesPage } from "../pages/flow-configs-list-entries-page";
import { FlowConfigsOfficePage } from "../pages/flow-configs-office-page";
import { resetBasicQueueSwitches } from "../pages/flow-configs-test-data";
import { URLS } from "../stack-urls";
import { screenshotPath } from "./screenshot-path";

/** A full-page shot from the top, so the shell's sticky header sits where it belongs. */
async function shoot(page: Page, path: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
}

test.afterEach(async ({ apiAs }) => {
  await resetBasicQueueSwitches(apiAs("alex"));
});

test("flow configs: history with two versions compared", async ({ page, signInAs, apiAs }, testInfo) => {
  const alex = apiAs("alex");
  await alex.patchValues("BasicQueue", { variables: [{ name: "Closure", value: "true" }] });
  await signInAs("alex");
  const history = new FlowConfigsHistoryPage(page);
  await history.goto("BasicQueue");
  await expect(history.versions("BasicQueue")).toContainText("Closure");
  const versions = (await alex.getConfig("BasicQueue")).body.version;
  await history.select(versions - 1);
  await history.select(versions);
  await history.compare();
  await expect(history.comparison(versions - 1, versions)).toBeVisible();
  await shoot(page, screenshotPath(testInfo, "flow-configs-history"));
});

test("flow configs: an office with inherited and overridden entries, and the preview", async ({ page, signInAs }, testInfo) => {
  await signInAs("morgan");
  const config = new FlowConfigsConfigPage(page);
  await config.goto("Office-Austin");
  await expect(page.getByRole("table", { name: "getConfig for en-US, VOICE" })).toBeVisible();
  await shoot(page, screenshotPath(testInfo, "flow-configs-office"));
});

test("flow configs: the bad-actors list with a checked paste", async ({ page, signInAs }, testInfo) => {
  await signInAs("morgan");
  const list = new FlowConfigsListEntriesPage(page);
  await list.goto("bad-actors");
  await expect(list.entries("bad-actors")).toContainText("+15555550101");
  await list.paste("+1 555 555 0123, repeat caller\nnot a number\n+15555550101");
  await expect(list.checkSummary).toBeVisible();
  await shoot(page, screenshotPath(testInfo, "flow-configs-list-entries"));
});

test("flow configs: JSON import dry run", async ({ page, signInAs, apiAs }, testInfo) => {
  const exported = await apiAs("alex").request<{ configs: unknown[] }>("GET", "/flow-configs/export?ids=BasicQueue,FieldOffice");
  await signInAs("alex");
  const importPage = new FlowConfigsImportPage(page);
  await importPage.goto();
  await importPage.paste({ ...exported.body, configs: [...exported.body.configs, { id: "Broken", languages: [] }] });
  await importPage.dryRun();
  await expect(importPage.dryRunTable).toBeVisible();
  await shoot(page, screenshotPath(testInfo, "flow-configs-import"));
});

test("flow configs: new office from template", async ({ page, signInAs }, testInfo) => {
  await signInAs("alex");
  const office = new FlowConfigsOfficePage(page);
  await office.gotoNewOffice("FieldOffice");
  await office.fillOffice("Office-Denver", ["+17205550100", "DEN"]);
  await office.promptVoice("OfficeGreeting").fill("Welcome to the Denver field office.");
  await shoot(page, screenshotPath(testInfo, "flow-configs-new-office"));
});

test("flow configs: offices CSV dry run", async ({ page, signInAs }, testInfo) => {
  const csv = await fetch(`${URLS.api}/flow-configs/FieldOffice/instances.csv`, {
    headers: { Authorization: `Bearer ${await localIdToken({ username: "alex" })}` },
  }).then((response) => response.text());
  await signInAs("alex");
  await page.goto("/flow-configs/FieldOffice/offices");
  await page.getByRole("textbox", { name: "Offices CSV" }).fill(`${csv.trimEnd()}\r\nOffice-Denver,,Denver,+17205550100 AUS,Denver,,,,,,,,,\r\n`);
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await expect(page.getByRole("table", { name: "Dry run" })).toBeVisible();
  await shoot(page, screenshotPath(testInfo, "flow-configs-offices-csv"));
});
