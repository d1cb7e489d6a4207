import type { Locator, Page } from "@playwright/test";

/** A config page's scheduled changes: the "Schedule a change" dialog, the timeline, and "In effect now" beside values. */
export class FlowConfigsSchedule {
  constructor(readonly page: Page) {}

  get timeline(): Locator {
    return this.page.getByRole("table", { name: "Scheduled changes" });
  }

  get dialog(): Locator {
    return this.page.getByRole("dialog", { name: "Schedule a change" });
  }

  /** The timeline's row whose changes read so (`Closure → true`, a note). */
  row(text: string): Locator {
    return this.timeline.getByRole("row").filter({ hasText: text });
  }

  /** "In effect now: <value> until <time>" under a variable's control. */
  inEffectNow(value: string): Locator {
    return this.page.getByText(new RegExp(`In effect now: ${value} until`));
  }

  /**
   * Schedules variables to take values between two wall-clock times on the config's clocks (`2026-12-25T00:00:30`),
   * through the dialog: a boolean's value starts as the other one, so a switch needs only its name.
   */
  async schedule({ variables, from, to, note }: { variables: string[]; from: string; to?: string; note?: string }): Promise<void> {
    await this.page.getByRole("button", { name: "Schedule a change" }).click();
    const dialog = this.dialog;
    await dialog.getByRole("button", { name: /Variables and prompts to change/ }).click();
    for (const name of variables) await this.page.getByRole("option", { name: new RegExp(`^${name} \\(now`) }).click();
    // Close the options list, so it covers none of the fields below it.
    await this.page.keyboard.press("Escape");
    await this.fillDateTime("From", from);
    if (to) await this.fillDateTime("To", to);
    if (note) await dialog.getByRole("textbox", { name: "Note" }).fill(note);
    await dialog.getByRole("button", { name: "Schedule", exact: true }).click();
  }

  private async fillDateTime(label: string, wallClock: string): Promise<void> {
    await this.dialog.getByRole("textbox", { name: `${label} date` }).fill(wallClock.slice(0, 10));
    await this.dialog.getByRole("textbox", { name: `${label} time` }).fill(wallClock.slice(11, 19));
  }
}
