import { expect, type FrameLocator, type Locator, type Page } from "@playwright/test";

/**
 * The admin-suite shell: top navigation (workspace mode, account menu), side navigation of modules,
 * sign-in prompt, module error panel. Works on the page itself or on the shell framed in a workspace.
 */
export class ShellPage {
  readonly root: Page | FrameLocator;

  constructor(
    readonly page: Page,
    root?: FrameLocator,
  ) {
    this.root = root ?? page;
  }

  get signInButton(): Locator {
    return this.root.getByRole("button", { name: "Sign in", exact: true });
  }

  get sideNavigation(): Locator {
    return this.root.getByRole("navigation", { name: "Admin modules" });
  }

  get main(): Locator {
    return this.root.getByRole("main");
  }

  /** The error panel a module that failed to load leaves in its place. */
  moduleErrorPanel(title: string): Locator {
    return this.root.getByRole("group").filter({ hasText: `${title} could not be loaded` });
  }

  get retryButton(): Locator {
    return this.root.getByRole("button", { name: "Retry" });
  }

  workspaceIndicator(mode: "Standalone" | "Connect workspace"): Locator {
    return this.root.getByRole("button", { name: mode === "Standalone" ? "Running standalone" : "Running inside the Connect workspace" });
  }

  accountMenu(name: string): Locator {
    return this.root.getByRole("button", { name: `Account menu for ${name}` });
  }

  private get openNavigationButton(): Locator {
    return this.root.getByRole("button", { name: "Open navigation" });
  }

  /** On a phone the side navigation is a drawer: open it first. */
  async openNavigation(): Promise<void> {
    await expect(this.openNavigationButton.or(this.sideNavigation.getByRole("link").first()).first()).toBeVisible();
    if (await this.openNavigationButton.isVisible()) {
      await this.openNavigationButton.click();
    }
    await expect(this.sideNavigation).toBeVisible();
  }

  async navigationLinks(): Promise<string[]> {
    await this.openNavigation();
    return this.sideNavigation.getByRole("link").filter({ hasNotText: "Admin modules" }).allInnerTexts();
  }

  async openModule(title: string): Promise<void> {
    await this.openNavigation();
    await this.sideNavigation.getByRole("link", { name: title, exact: true }).click();
  }

  async signOut(name: string): Promise<void> {
    await this.openAccountMenu(name);
    await this.root.getByRole("menuitem", { name: "Sign out" }).click();
  }

  /** The account menu; on a phone the top navigation may fold it into its overflow menu. */
  async openAccountMenu(name: string): Promise<void> {
    const menu = this.accountMenu(name);
    const overflow = this.root.getByRole("button", { name: "More" });
    await expect(menu.or(overflow).first()).toBeVisible();
    if (!(await menu.isVisible())) await overflow.click();
    await menu.click();
  }

  /** The account menu's line naming the Connect user, shown inside the agent workspace. */
  connectUser(name: string): Locator {
    return this.root.getByRole("menuitem", { name: `Connect user: ${name}` });
  }

  /** The page's own main heading (the shell's, or the module's inside it). */
  get heading(): Locator {
    return this.root.getByRole("heading", { level: 1 });
  }

  /** No horizontal scrolling: what every page must hold at 390 px. */
  async expectNoHorizontalScroll(): Promise<void> {
    const overflow = await this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
}
