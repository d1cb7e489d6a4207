import { expect, type Locator, type Page } from "@playwright/test";

/** One config in the Flow Configs module (`/flow-configs/<id>`): values, prompt texts, meters, save. */
export class FlowConfigsConfigPage {
  constructor(readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`/flow-configs/${encodeURIComponent(id)}`);
  }

  heading(id: string): Locator {
    return this.page.getByRole("heading", { name: id, level: 1 });
  }

  /** A boolean variable's toggle. */
  toggle(name: string): Locator {
    return this.page.getByRole("checkbox", { name, exact: true });
  }

  /** A prompt's voice or chat text in the language tab that is open. */
  promptText(prompt: string, variant: "voice" | "chat"): Locator {
    return this.page.getByRole("textbox", { name: `${prompt} ${variant}`, exact: true });
  }

  languageTab(language: string): Locator {
    return this.page.getByRole("tab", { name: new RegExp(`^${language}`) });
  }

  /** The bar stuck to the bottom of the window while there are unsaved changes: Save, Discard and the count. */
  get actionBar(): Locator {
    return this.page.getByRole("region", { name: "Unsaved changes" });
  }

  get saveButton(): Locator {
    return this.actionBar.getByRole("button", { name: "Save", exact: true });
  }

  get discardButton(): Locator {
    return this.actionBar.getByRole("button", { name: "Discard", exact: true });
  }

  /** The page's outcomes ("Saved …", errors), stuck below the top navigation. */
  get notifications(): Locator {
    return this.page.getByRole("region", { name: "Notifications" });
  }

  /** Buttons only admins get; a business or read-only user must see none of them. */
  get shapeControls(): Locator {
    return this.page.getByRole("button", { name: /^(Delete|Edit shape|More actions|Add .*|Remove.*)$/ });
  }

  /** An admin's action from the header's "More actions" menu (Edit shape, Clone, Export JSON, Delete, …). */
  async chooseAction(action: string): Promise<void> {
    await this.page.getByRole("button", { name: "More actions" }).click();
    await this.page.getByRole("menuitem", { name: action, exact: true }).click();
  }

  /** Asserts the element lies wholly inside the window, where the user sees it without scrolling. */
  async expectInViewport(locator: Locator): Promise<void> {
    const box = await locator.boundingBox();
    const viewport = this.page.viewportSize();
    expect(box, "the element is on the page").not.toBeNull();
    if (!box || !viewport) return;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  }

  async scrollToBottom(): Promise<void> {
    await this.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  }

  flash(text: string | RegExp): Locator {
    return this.page.getByText(text);
  }

  get conflictDialog(): Locator {
    return this.page.getByRole("dialog", { name: "Changed on the server" });
  }

  get reapplyButton(): Locator {
    return this.conflictDialog.getByRole("button", { name: "Reapply my edits" });
  }

  /** The warning the response meter shows from 75 % of Connect's 32 KB limit. */
  get responseMeterWarning(): Locator {
    return this.page.getByText(/Over 75 % of the 32\.0 KB limit/);
  }

  /** Picks an option of one of the preview's selects ("Preview language", "Preview channel"). */
  async previewChoose(select: "Preview language" | "Preview channel", option: string): Promise<void> {
    await this.page.getByRole("button", { name: new RegExp(select) }).click();
    await this.page.getByRole("option", { name: option, exact: true }).click();
  }

  async flip(name: string): Promise<void> {
    await this.toggle(name).click();
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
