import type { Page } from "@playwright/test";
import { formatCsv, parseCsv } from "@flow-configs/model";
import { expect, test } from "../fixtures/test";
import { FlowConfigsListEntriesPage } from "../pages/flow-configs-list-entries-page";
import { FlowConfigsOfficesCsvPage } from "../pages/flow-configs-offices-csv-page";
import { deleteConfigIfPresent } from "../pages/flow-configs-test-data";
import { screenshotPath } from "./screenshot-path";

async function shoot(page: Page, path: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
}

test("flow configs: an offices CSV row changed since the export, and the confirm before apply", async ({ page, signInAs, apiAs }, testInfo) => {
  const id = "Office-Helena";
  const alex = apiAs("alex");
  await deleteConfigIfPresent(alex, id);
  await alex.request("POST", "/flow-configs", { body: { id, description: "Helena office", templateId: "FieldOffice", variables: [{ name: "OfficeName", value: "Helena" }], prompts: [], lookupKeys: ["HLN"] } });
  await signInAs("alex");
  const offices = new FlowConfigsOfficesCsvPage(page);
  await offices.goto("FieldOffice");
  const [header, ...rows] = parseCsv(await offices.exportCsv());
  await apiAs("morgan").request("PATCH", `/flow-configs/${id}/values`, { body: { variables: [{ name: "OfficeOpen", value: "false" }] }, ifMatch: 1 });
  const edited = rows.slice(0, 3).map((row) => (row.cells[0] === "Office-Austin" ? row.cells.map((cell, index) => (header?.cells[index] === "OfficeName" ? "Austin North" : cell)) : row.cells));
  const helena = rows.find((row) => row.cells[0] === id)?.cells.map((cell, index) => (header?.cells[index] === "OfficeName" ? "Helena Downtown" : cell)) ?? [];
  await offices.paste(formatCsv([header?.cells ?? [], ...edited, helena]));
  await offices.dryRun();
  await expect(offices.row(offices.dryRunTable, id)).toContainText("changed since export");
  await shoot(page, screenshotPath(testInfo, "flow-configs-offices-csv-stale"));
  await offices.apply();
  await expect(offices.staleDialog).toBeVisible();
  await page.screenshot({ path: screenshotPath(testInfo, "flow-configs-offices-csv-confirm") });
  await deleteConfigIfPresent(alex, id);
});

test("flow configs: a list after a paste, the refused lines kept in the box", async ({ page, signInAs, apiAs }, testInfo) => {
  const number = "+16175550179";
  await signInAs("morgan");
  await page.goto("/flow-configs/bad-actors");
  const list = new FlowConfigsListEntriesPage(page);
  await expect(list.entries("bad-actors")).toContainText("+15555550101");
  await list.paste("(617) 555 0179, repeat caller\n555-0100\n+1 555 555 0101");
  await list.addButton(1).click();
  await expect(list.box).toHaveValue("555-0100\n+1 555 555 0101");
  await shoot(page, screenshotPath(testInfo, "flow-configs-list-entries-kept"));
  const morgan = apiAs("morgan");
  const current = (await morgan.getConfig("bad-actors")).body;
  await morgan.request("DELETE", "/flow-configs/bad-actors/entries", { body: { names: [number] }, ifMatch: current.version });
});
