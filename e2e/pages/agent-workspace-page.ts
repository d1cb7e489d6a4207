import { expect, type FrameLocator, type Locator, type Page } from "@playwright/test";
import { WORKSPACE_APP } from "@flow-configs/model/workspace-app";
import { PERSONAS, type Persona } from "../fixtures/personas";
import { URLS } from "../stack-urls";
import { LocalSignInPage } from "./local-sign-in-page";
import { ShellPage } from "./shell-page";

export interface WorkspaceOptions {
  /** The signed-in agent's name, as `agent/getName` answers. */
  agent?: string;
  /** The permissions granted to the app, replacing its own. */
  permissions?: string[];
  /** `off`: a page that frames the app and never answers the SDK. */
  protocol?: "off";
}

/** The local Amazon Connect agent workspace page (services/local): the shell framed, and the protocol log. */
export class AgentWorkspacePage {
  constructor(readonly page: Page) {}

  async goto(options: WorkspaceOptions = {}): Promise<void> {
    const query = new URLSearchParams();
    if (options.agent) query.set("agent", options.agent);
    if (options.permissions) query.set("permissions", options.permissions.join(","));
    if (options.protocol) query.set("protocol", options.protocol);
    await this.page.goto(`${URLS.workspace}/?${query.toString()}`);
  }

  get app(): FrameLocator {
    return this.page.frameLocator(`iframe[title="${WORKSPACE_APP.name}"]`);
  }

  get frame(): Locator {
    return this.page.locator(`iframe[title="${WORKSPACE_APP.name}"]`);
  }

  /** The shell inside the workspace's frame. */
  get shell(): ShellPage {
    return new ShellPage(this.page, this.app);
  }

  get appStatus(): Locator {
    return this.page.getByRole("status");
  }

  /** One line of "What the app asked". */
  logEntry(text: string | RegExp): Locator {
    return this.page.getByRole("list", { name: "What the app asked" }).getByRole("listitem").filter({ hasText: text });
  }

  /**
   * Signs the framed shell in as users do there: through the popup (storage in the frame is partitioned by
   * the workspace's site, so a token set on the shell's own origin does not reach it).
   */
  async signInThroughPopup(persona: Persona): Promise<Page> {
    const popupOpened = this.page.waitForEvent("popup");
    await this.shell.signInButton.click();
    const popup = await popupOpened;
    await new LocalSignInPage(popup).choose(persona);
    await expect(this.shell.accountMenu(PERSONAS[persona].name)).toBeVisible();
    return popup;
  }

  async closeApp(): Promise<void> {
    await this.page.getByRole("button", { name: "Close app" }).click();
  }
}
