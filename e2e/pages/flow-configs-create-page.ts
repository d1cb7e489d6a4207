import type { Locator, Page } from "@playwright/test";

/** The admin's shape editor for a new config (`/flow-configs/new`). */
export class FlowConfigsCreatePage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/flow-configs/new");
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { name: "Create flow config", level: 1 });
  }

  private textbox(name: string): Locator {
    return this.page.getByRole("textbox", { name, exact: true });
  }

  async fillId(id: string): Promise<void> {
    await this.textbox("Id").fill(id);
  }

  async addLanguage(language: string): Promise<void> {
    await this.textbox("Language to add").fill(language);
    await this.page.getByRole("button", { name: "Add language" }).click();
  }

  /** Adds a string variable (the type a new row starts with). */
  async addStringVariable(name: string, value: string): Promise<void> {
    const count = (await this.page.getByRole("textbox", { name: /^Name of variable \d+$/ }).count()) + 1;
    await this.page.getByRole("button", { name: "Add variable" }).click();
    await this.textbox(`Name of variable ${count}`).fill(name);
    await this.textbox(`Value of variable ${count}`).fill(value);
  }

  /** Adds a prompt with a voice text per language, each in its language tab. */
  async addPrompt(name: string, voiceTexts: Record<string, string>): Promise<void> {
    const count = (await this.page.getByRole("textbox", { name: /^Prompt \d+ name$/ }).count()) + 1;
    await this.page.getByRole("button", { name: "Add prompt" }).click();
    await this.textbox(`Prompt ${count} name`).fill(name);
    const tabs = this.page.getByRole("tablist", { name: `Languages of prompt ${count}` });
    for (const [language, text] of Object.entries(voiceTexts)) {
      await tabs.getByRole("tab", { name: language, exact: true }).click();
      await this.textbox(`${name} voice`).fill(text);
    }
  }

  async submit(): Promise<void> {
    await this.page.getByRole("button", { name: "Create config" }).click();
  }
}
