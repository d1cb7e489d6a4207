import type { Locator, Page } from "@playwright/test";

/** One caller list (`/caller-lists/<id>`): its numbers with prefix search, add, paste, import, remove. */
export class CallerListEntriesPage {
  constructor(readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`/caller-lists/${encodeURIComponent(id)}`);
  }

  get numbers(): Locator {
    return this.page.getByRole("table", { name: "Numbers on the list" });
  }

  get search(): Locator {
    return this.page.getByRole("searchbox", { name: "Numbers starting with" });
  }

  get pasteBox(): Locator {
    return this.page.getByRole("textbox", { name: "Numbers, one per line" });
  }

  get notAdded(): Locator {
    return this.page.getByRole("table", { name: "Not added" });
  }

  async paste(text: string): Promise<void> {
    await this.page.getByRole("tab", { name: "Paste numbers" }).click();
    await this.pasteBox.fill(text);
    await this.page.getByRole("button", { name: "Add numbers", exact: true }).click();
  }

  async remove(number: string): Promise<void> {
    await this.numbers.getByRole("checkbox", { name: number, exact: true }).check();
    await this.page.getByRole("button", { name: "Remove", exact: true }).click();
    await this.page.getByRole("dialog", { name: "Remove 1 number?" }).getByRole("button", { name: "Remove", exact: true }).click();
  }
}
