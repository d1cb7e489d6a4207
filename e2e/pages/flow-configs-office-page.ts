import type { Locator, Page } from "@playwright/test";

/** "New office from template" (`/flow-configs/<template>/new-office`) and the office's marks once created. */
export class FlowConfigsOfficePage {
  constructor(readonly page: Page) {}

  async gotoNewOffice(templateId: string): Promise<void> {
    await this.page.goto(`/flow-configs/${encodeURIComponent(templateId)}/new-office`);
  }

  async fillOffice(id: string, lookupKeys: string[]): Promise<void> {
    await this.page.getByRole("textbox", { name: "Office id", exact: true }).fill(id);
    await this.page.getByRole("textbox", { name: "Lookup keys", exact: true }).fill(lookupKeys.join(" "));
  }

  /** A prompt's voice text in the language tab that is open. */
  promptVoice(prompt: string): Locator {
    return this.page.getByRole("textbox", { name: `${prompt} voice`, exact: true });
  }

  async create(): Promise<void> {
    await this.page.getByRole("button", { name: "Create office" }).click();
  }

  /** The heading of a prompt (with its inherited/overridden mark) on the office's page. */
  promptHeading(prompt: string): Locator {
    return this.page.getByRole("heading", { name: new RegExp(`^${prompt}\\b`), level: 3 });
  }

  /** The mark a variable's label carries. */
  variableLabel(name: string): Locator {
    return this.page.locator("label").filter({ hasText: new RegExp(`^${name}\\b`) });
  }

  resetButton(name: string): Locator {
    return this.page.getByRole("button", { name: `Reset ${name} to template` });
  }
}
