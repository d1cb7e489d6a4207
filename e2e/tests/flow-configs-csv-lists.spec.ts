import { formatCsv, parseCsv } from "@flow-configs/model";
import { expect, test } from "../fixtures/test";
import { FlowConfigsListEntriesPage } from "../pages/flow-configs-list-entries-page";
import { FlowConfigsOfficesCsvPage } from "../pages/flow-configs-offices-csv-page";
import { deleteConfigIfPresent } from "../pages/flow-configs-test-data";
import { ShellPage } from "../pages/shell-page";

/** The header and one office's row of an exported offices CSV, with some of its cells changed. */
function officeRow(csv: string, id: string, cells: Record<string, string>): string {
  const [header, ...rows] = parseCsv(csv);
  const row = rows.find((record) => record.cells[0] === id);
  if (!header || !row) throw new Error(`the export has no row for ${id}`);
  const edited = header.cells.map((column, index) => cells[column] ?? row.cells[index] ?? "");
  return formatCsv([header.cells, edited]);
}

type Office = { version: number; variables: { name: string; value: string; source?: string }[] };
const valueOf = (office: Office, name: string) => office.variables.find((variable) => variable.name === name)?.value;

test.describe("offices CSV after a later edit", () => {
  test("the dry run shows each field change and flags the office changed since the export; apply refuses it until confirmed", async ({ page, signInAs, apiAs }, testInfo) => {
    const id = `E2E-Csv-${testInfo.project.name}`;
    const alex = apiAs("alex");
    await deleteConfigIfPresent(alex, id);
    const created = await alex.request("POST", "/flow-configs", {
      body: { id, description: "CSV test office", templateId: "FieldOffice", variables: [{ name: "OfficeName", value: "Before" }], prompts: [], lookupKeys: [] },
    });
    expect(created.status).toBe(201);
    await signInAs("alex");

    const offices = new FlowConfigsOfficesCsvPage(page);
    await offices.goto("FieldOffice");
    const exported = await offices.exportCsv();
    expect(parseCsv(exported)[0]?.cells.slice(0, 2)).toEqual(["id", "version"]);
    // While the spreadsheet is open, Morgan closes the office in the app
    const later = await apiAs("morgan").request("PATCH", `/flow-configs/${id}/values`, { body: { variables: [{ name: "OfficeOpen", value: "false" }] }, ifMatch: 1 });
    expect(later.status).toBe(200);

    await offices.paste(officeRow(exported, id, { OfficeName: "From CSV" }));
    await offices.dryRun();
    const row = offices.row(offices.dryRunTable, id);
    await expect(row).toContainText("changed since export");
    await expect(row).toContainText("OfficeName: Before → From CSV");
    await expect(row).toContainText("OfficeOpen: false → (inherited)");
    await expect(row).toContainText("changed since the export by morgan");
    await new ShellPage(page).expectNoHorizontalScroll();

    await offices.apply();
    await expect(offices.staleDialog).toContainText("Changed by morgan");
    await offices.staleDialog.getByRole("button", { name: "Skip them" }).click();
    await expect(offices.row(offices.resultTable, id)).toContainText("not written");
    const kept = (await alex.getConfig(id)).body as unknown as Office;
    expect([kept.version, valueOf(kept, "OfficeOpen"), valueOf(kept, "OfficeName")]).toEqual([2, "false", "Before"]);

    await offices.dryRun();
    await offices.apply();
    await offices.staleDialog.getByRole("button", { name: "Overwrite them" }).click();
    await expect(offices.row(offices.resultTable, id)).toContainText("update");
    const overwritten = (await alex.getConfig(id)).body as unknown as Office;
    expect(valueOf(overwritten, "OfficeName")).toBe("From CSV");
    await deleteConfigIfPresent(alex, id);
  });
});

test.describe("a list config", () => {
  test("opens on its numbers, and a bulk paste keeps the line it refused in the box", async ({ page, signInAs, apiAs }, testInfo) => {
    const number = testInfo.project.name === "mobile" ? "+16175550178" : "+16175550177";
    const morgan = apiAs("morgan");
    const removeTestNumber = async () => {
      const list = (await morgan.getConfig("bad-actors")).body as unknown as Office;
      if (!list.variables.some((variable) => variable.name === number)) return;
      const removed = await morgan.request("DELETE", "/flow-configs/bad-actors/entries", { body: { names: [number] }, ifMatch: list.version });
      expect(removed.status).toBe(200);
    };
    await removeTestNumber();
    await signInAs("morgan");

    await page.goto("/flow-configs/bad-actors");
    await expect(page).toHaveURL(/\/flow-configs\/bad-actors\/entries$/);
    const list = new FlowConfigsListEntriesPage(page);
    await expect(list.entries("bad-actors")).toContainText("+15555550101");

    await list.paste(`(617) 555 ${number.slice(-4)}\n555-0100`);
    await expect(list.checked("Ready to add")).toContainText(`read as +1 617 555 ${number.slice(-4)} (North America, from national format)`);
    await expect(list.checked("Invalid lines")).toContainText("no area code");
    await list.addButton(1).click();
    await expect(page.getByText("Added 1 number to bad-actors")).toBeVisible();
    await expect(list.box).toHaveValue("555-0100");
    await expect(list.checked("Invalid lines")).toContainText("no area code");
    await new ShellPage(page).expectNoHorizontalScroll();
    await removeTestNumber();
  });
});
