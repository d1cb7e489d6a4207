import type { Locator, Page } from "@playwright/test";

/** The admin's shape editor of an existing config (`/flow-configs/<id>/shape`): its safe-change fields. */
export class FlowConfigsShapePage {
  constructor(readonly page: Page) {}

  async goto(id: string): Promise<void> {
    await this.page.goto(`/flow-configs/${encodeURIComponent(id)}/shape`);
  }

  heading(id: string): Locator {
    return this.page.getByRole("heading", { name: `Edit the shape of ${id}`, level: 1 });
  }

  get timeZone(): Locator {
    return this.page.getByRole("combobox", { name: "Time zone" });
  }

  /** Types part of a zone's name and picks the zone from the suggestions. */
  async chooseTimeZone(typed: string, zone: string): Promise<void> {
    await this.timeZone.fill(typed);
    await this.page.getByRole("option", { name: zone, exact: true }).click();
  }

  get approval(): Locator {
    return this.page.getByRole("checkbox", { name: /^Require a second person's approval/ });
  }

  /** Adds a quick action that sets each variable to a value chosen from its type's values. */
  async addQuickAction(name: string, sets: Record<string, string>): Promise<void> {
    const number = (await this.page.getByRole("textbox", { name: /^Name of quick action \d+$/ }).count()) + 1;
    await this.page.getByRole("button", { name: "Add quick action" }).click();
    await this.page.getByRole("textbox", { name: `Name of quick action ${number}`, exact: true }).fill(name);
    let entry = 0;
    for (const [variable, value] of Object.entries(sets)) {
      entry += 1;
      await this.page.getByRole("button", { name: "Add variable it sets" }).last().click();
      await this.choose(`Variable ${entry} of ${name}`, variable);
      await this.choose(`Value ${entry} of ${name}`, value);
    }
  }

  /** A Cloudscape Select, by its label, opened and answered. */
  private async choose(select: string, option: string): Promise<void> {
    await this.page.getByRole("button", { name: new RegExp(select) }).click();
    // An option's name is its label, then its description (a variable's type).
    await this.page.getByRole("option", { name: new RegExp(`^${option}( |$)`) }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: "Save shape" }).click();
  }
}
