import type { Locator, Page } from "@playwright/test";

/** The "Offices" table on a template's page (`/flow-configs/<template>`): its offices, search and paging. */
export class FlowConfigsTemplateOffices {
  constructor(
    readonly page: Page,
    readonly templateId: string,
  ) {}

  get table(): Locator {
    return this.page.getByRole("table", { name: `Offices of ${this.templateId}` });
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { name: /^Offices/, level: 2 });
  }

  get search(): Locator {
    return this.page.getByRole("searchbox", { name: "Find offices" });
  }

  officeLink(id: string): Locator {
    return this.table.getByRole("link", { name: id, exact: true });
  }

  /** The office links on the table page shown. */
  get officeLinks(): Locator {
    return this.table.getByRole("link");
  }

  get nextPage(): Locator {
    return this.page.getByRole("button", { name: "Next page of offices" });
  }

  /** The row of one office, for its override count and lookup keys. */
  row(id: string): Locator {
    // `has` looks inside each row: the link's locator starts from the page, not from the table above the row
    return this.table.getByRole("row").filter({ has: this.page.getByRole("link", { name: id, exact: true }) });
  }
}
