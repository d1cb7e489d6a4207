import type { Locator, Page } from "@playwright/test";

/**
 * On a config's page (`/flow-configs/<id>`), the safe-change parts: its quick actions (first on the page,
 * one tap then a confirm listing what changes) and the changes waiting for a second person's approval.
 */
export class FlowConfigsSafeChange {
  constructor(readonly page: Page) {}

  get quickActionsHeading(): Locator {
    return this.page.getByRole("heading", { name: "Quick actions", level: 2 });
  }

  quickAction(name: string): Locator {
    return this.page.getByRole("button", { name, exact: true });
  }

  confirmDialog(action: string): Locator {
    return this.page.getByRole("dialog", { name: `Run ${action}?` });
  }

  /** A row of a "what changes" table: the entry, its value now and the value it gets. */
  changeRow(within: Locator, entry: string, from: string, to: string): Locator {
    return within.getByRole("row", { name: `${entry} ${from} ${to}`, exact: true });
  }

  /** The first tap: opens the confirm. */
  async chooseQuickAction(name: string): Promise<Locator> {
    await this.quickAction(name).click();
    return this.confirmDialog(name);
  }

  /** The second tap: runs it. */
  async confirmQuickAction(name: string): Promise<void> {
    await this.confirmDialog(name).getByRole("button", { name: `Run ${name}`, exact: true }).click();
  }

  get waitingForApproval(): Locator {
    return this.page.getByRole("region", { name: "Changes waiting for approval" });
  }

  /** The banner while one request waits, asked by `askedBy` ("you" for the signed-in requester). */
  request(askedBy: string): Locator {
    return this.waitingForApproval.filter({ hasText: `Change waiting for approval, asked by ${askedBy}` });
  }

  async approve(askedBy: string): Promise<void> {
    await this.request(askedBy).getByRole("button", { name: "Approve", exact: true }).click();
  }
}
