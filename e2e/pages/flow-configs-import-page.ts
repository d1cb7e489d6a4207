import type { Locator, Page } from "@playwright/test";

/** JSON import (`/flow-configs/import`): paste a document, dry run, apply. */
export class FlowConfigsImportPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/flow-configs/import");
  }

  async paste(document: unknown): Promise<void> {
    await this.page.getByRole("textbox", { name: "Document" }).fill(JSON.stringify(document, null, 2));
  }

  async dryRun(): Promise<void> {
    await this.page.getByRole("button", { name: "Check (dry run)" }).click();
  }

  get dryRunTable(): Locator {
    return this.page.getByRole("table", { name: "Dry run" });
  }

  get importedTable(): Locator {
    return this.page.getByRole("table", { name: "Imported" });
  }

  /** A config's row in a report table, e.g. to read its result (on a phone the row header holds the result too). */
  row(table: Locator, id: string): Locator {
    const startsWithId = new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s|$)`);
    return table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: startsWithId }) });
  }

  async apply(): Promise<void> {
    await this.page.getByRole("button", { name: /^Apply: write \d+ configs?$/ }).click();
  }
}
