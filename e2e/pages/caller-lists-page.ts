import type { Locator, Page } from "@playwright/test";

/** The Caller Lists module's first page (`/caller-lists`): the lists, and an admin's create and delete. */
export class CallerListsPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/caller-lists");
  }

  get table(): Locator {
    return this.page.getByRole("table", { name: "Caller lists" });
  }

  listLink(id: string): Locator {
    return this.table.getByRole("link", { name: id, exact: true });
  }

  async create(id: string, description: string, kind: "Block" | "Allow" | "VIP"): Promise<void> {
    await this.page.getByRole("button", { name: "Create list" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Create a caller list" });
    await dialog.getByRole("textbox", { name: "List id" }).fill(id);
    await dialog.getByRole("textbox", { name: "Description" }).fill(description);
    await dialog.getByRole("button", { name: /^Kind/ }).click();
    await this.page.getByRole("option", { name: kind, exact: true }).click();
    await dialog.getByRole("button", { name: "Create", exact: true }).click();
  }

  async delete(id: string): Promise<void> {
    await this.table.getByRole("radio", { name: id, exact: true }).check();
    await this.page.getByRole("button", { name: "Delete", exact: true }).click();
    await this.page.getByRole("dialog", { name: `Delete ${id}?` }).getByRole("button", { name: "Delete", exact: true }).click();
  }
}
