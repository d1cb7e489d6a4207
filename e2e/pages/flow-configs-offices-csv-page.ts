import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";

/** A template's offices as CSV (`/flow-configs/<template>/offices`): export, paste, dry run, apply. */
export class FlowConfigsOfficesCsvPage {
  constructor(readonly page: Page) {}

  async goto(templateId: string): Promise<void> {
    await this.page.goto(`/flow-configs/${encodeURIComponent(templateId)}/offices`);
  }

  /** Clicks Export CSV and reads the file the browser saved. */
  async exportCsv(): Promise<string> {
    const download = this.page.waitForEvent("download");
    await this.page.getByRole("button", { name: "Export CSV" }).click();
    return readFile(await (await download).path(), "utf8");
  }

  async paste(csv: string): Promise<void> {
    await this.page.getByRole("textbox", { name: "Offices CSV" }).fill(csv);
  }

  async dryRun(): Promise<void> {
    await this.page.getByRole("button", { name: "Check (dry run)" }).click();
  }

  get dryRunTable(): Locator {
    return this.page.getByRole("table", { name: "Dry run" });
  }

  get resultTable(): Locator {
    return this.page.getByRole("table", { name: "Result" });
  }

  /** An office's row in a report table (on a phone its row header also holds the line). */
  row(table: Locator, id: string): Locator {
    return table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: new RegExp(`^${id}(\\s|$)`) }) });
  }

  async apply(): Promise<void> {
    await this.page.getByRole("button", { name: /^Apply: write \d+ offices?$/ }).click();
  }

  get staleDialog(): Locator {
    return this.page.getByRole("dialog", { name: /changed since the export/ });
  }
}
