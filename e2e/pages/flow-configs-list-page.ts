import type { Locator, Page } from "@playwright/test";

/** The Flow Configs module's list of configs (`/flow-configs`). */
export class FlowConfigsListPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/flow-configs");
  }

  get table(): Locator {
    return this.page.getByRole("table");
  }

  get filter(): Locator {
    return this.page.getByRole("searchbox", { name: "Filter configs" });
  }

  get createButton(): Locator {
    return this.page.getByRole("button", { name: "Create config" });
  }

  configLink(id: string): Locator {
    return this.table.getByRole("link", { name: id, exact: true });
  }

  async open(id: string): Promise<void> {
    await this.configLink(id).click();
  }
}
