import type { Locator, Page } from "@playwright/test";

/** A config's history (`/flow-configs/<id>/history`): versions, compare two, restore one. */
export class FlowConfigsHistoryPage {
  constructor(readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`/flow-configs/${encodeURIComponent(id)}/history`);
  }

  versions(id: string): Locator {
    return this.page.getByRole("table", { name: `Versions of ${id}` });
  }

  /** The row of one version (its version number is the row header). */
  version(id: string, version: number): Locator {
    return this.versions(id).getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: String(version), exact: true }) });
  }

  /** The version numbers the table shows, top to bottom. */
  shownVersions(id: string): Locator {
    return this.versions(id).getByRole("rowheader");
  }

  async showOlderVersions(): Promise<void> {
    await this.page.getByRole("button", { name: "Show older versions", exact: true }).click();
  }

  async select(version: number): Promise<void> {
    await this.page.getByRole("checkbox", { name: `Version ${version}`, exact: true }).check();
  }

  async unselect(version: number): Promise<void> {
    await this.page.getByRole("checkbox", { name: `Version ${version}`, exact: true }).uncheck();
  }

  async compare(): Promise<void> {
    await this.page.getByRole("button", { name: "Compare", exact: true }).click();
  }

  comparison(before: number, after: number): Locator {
    return this.page.getByRole("table", { name: `Version ${before} against version ${after}` });
  }

  /** Restores the one selected version and confirms in the dialog. */
  async restoreSelected(id: string, version: number): Promise<void> {
    await this.page.getByRole("button", { name: "Restore", exact: true }).click();
    await this.page.getByRole("dialog", { name: `Restore version ${version} of ${id}?` }).getByRole("button", { name: "Restore", exact: true }).click();
  }
}
