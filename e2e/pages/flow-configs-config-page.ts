import type { Locator, Page } from "@playwright/test";

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

  get saveButton(): Locator {
    return this.page.getByRole("button", { name: "Save", exact: true });
  }

  /** Buttons only admins get; a business or read-only user must see none of them. */
  get shapeControls(): Locator {
    return this.page.getByRole("button", { name: /^(Delete|Edit shape|Add .*|Remove.*)$/ });
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
