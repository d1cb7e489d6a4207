import type { Locator, Page } from "@playwright/test";

/** A config page's "Used by" panel and its delete dialog, which name the contact flows a change breaks. */
export class FlowConfigsUsage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole("table", { name: "Contact flows that use this config" });
  }

  /** A flow's row in "Used by". */
  flow(name: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: new RegExp(name) }) });
  }

  get refreshButton(): Locator {
    return this.page.getByRole("button", { name: "Refresh the flows" });
  }

  get deleteDialog(): Locator {
    return this.page.getByRole("dialog", { name: /^Delete / });
  }

  /** The names of the flows the open dialog says would break. */
  get breakingFlows(): Locator {
    return this.page.getByRole("table", { name: "Contact flows that would break" }).getByRole("rowheader");
  }

  async openDelete(): Promise<void> {
    await this.page.getByRole("button", { name: "More actions" }).click();
    await this.page.getByRole("menuitem", { name: "Delete" }).click();
  }

  async typeIdToConfirm(id: string): Promise<void> {
    await this.deleteDialog.getByRole("textbox", { name: "Config id to confirm" }).fill(id);
  }

  get acknowledge(): Locator {
    return this.deleteDialog.getByRole("checkbox", { name: /Go ahead/ });
  }

  get confirmDelete(): Locator {
    return this.deleteDialog.getByRole("button", { name: "Delete", exact: true });
  }
}
