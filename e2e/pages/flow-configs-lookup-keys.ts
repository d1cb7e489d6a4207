import type { Locator, Page } from "@playwright/test";

/** An office's "Lookup keys" panel and the admin's dialog that changes them. */
export class FlowConfigsLookupKeys {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole("heading", { name: /^Lookup keys/, level: 2 });
  }

  get editButton(): Locator {
    return this.page.getByRole("button", { name: "Edit lookup keys" });
  }

  get dialog(): Locator {
    return this.page.getByRole("dialog");
  }

  /** The n-th key's field in the dialog, from 1. */
  key(n: number): Locator {
    return this.dialog.getByRole("textbox", { name: `Lookup key ${n}`, exact: true });
  }

  async add(key: string, n: number): Promise<void> {
    await this.dialog.getByRole("button", { name: "Add lookup key" }).click();
    await this.key(n).fill(key);
  }

  async save(): Promise<void> {
    await this.dialog.getByRole("button", { name: "Save lookup keys" }).click();
  }
}
