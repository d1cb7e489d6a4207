import type { Locator, Page } from "@playwright/test";

/** A list config's entries (`/flow-configs/<id>/entries`): search, bulk paste, remove. */
export class FlowConfigsListEntriesPage {
  constructor(readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`/flow-configs/${encodeURIComponent(id)}/entries`);
  }

  get search(): Locator {
    return this.page.getByRole("searchbox", { name: "Find entries" });
  }

  /** The entries' grid (editable) or table (read-only). */
  entries(id: string): Locator {
    return this.page.getByRole("grid", { name: `Entries of ${id}` }).or(this.page.getByRole("table", { name: `Entries of ${id}` }));
  }

  async paste(text: string): Promise<void> {
    await this.page.getByRole("textbox", { name: "Numbers to add" }).fill(text);
    await this.page.getByRole("button", { name: "Check numbers" }).click();
  }

  addButton(count: number): Locator {
    return this.page.getByRole("button", { name: `Add ${count} number${count === 1 ? "" : "s"}`, exact: true });
  }

  get checkSummary(): Locator {
    return this.page.getByText(/new number\(s\) ready to add/);
  }

  get box(): Locator {
    return this.page.getByRole("textbox", { name: "Numbers to add" });
  }

  /** One of the check's tables: "Ready to add", "Invalid lines", "Duplicates". */
  checked(title: string): Locator {
    return this.page.getByRole("table", { name: title });
  }
}
