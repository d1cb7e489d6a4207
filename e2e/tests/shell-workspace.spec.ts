import { readFileSync } from "node:fs";
import { expect, test } from "../fixtures/test";
import { AgentWorkspacePage } from "../pages/agent-workspace-page";
import { LocalSignInPage } from "../pages/local-sign-in-page";

test.describe("the shell inside the local agent workspace", () => {
  test("goes through the app lifecycle, shows the agent's name and signs in through a popup", async ({ page }) => {
    const workspace = new AgentWorkspacePage(page);
    await workspace.goto({ agent: "Jordan Agent" });
    const { shell } = workspace;

    await expect(workspace.logEntry("app → workspace: connect")).toBeVisible();
    await expect(workspace.logEntry("workspace → app: lifecycle create")).toBeVisible();
    await expect(workspace.logEntry("app → workspace: lifecycle create handled")).toBeVisible();
    await expect(workspace.logEntry("workspace → app: lifecycle start")).toBeVisible();
    await expect(workspace.appStatus).toHaveText("Running");
    await expect(workspace.logEntry('agent/getName: "Jordan Agent"')).toBeVisible();

    const popup = await workspace.signInThroughPopup("morgan");
    await expect.poll(() => popup.isClosed()).toBe(true);

    await expect(shell.workspaceIndicator("Connect workspace")).toBeVisible();
    await shell.openAccountMenu("Morgan Manager");
    await expect(shell.connectUser("Jordan Agent")).toBeVisible();
    await page.keyboard.press("Escape");

    await workspace.closeApp();
    await expect(workspace.logEntry("workspace → app: lifecycle destroy")).toBeVisible();
    await expect(workspace.logEntry("app → workspace: lifecycle destroy handled")).toBeVisible();
    await expect(workspace.appStatus).toHaveText("Closed");
    await expect(workspace.frame).toHaveCount(0);
  });

  test("answers a request the app has no permission for as denied, and the shell works on without the name", async ({ page }) => {
    const workspace = new AgentWorkspacePage(page);
    await workspace.goto({ permissions: [] });
    const { shell } = workspace;
    await workspace.signInThroughPopup("morgan");

    await expect(workspace.logEntry("agent/getName: denied (needs User.Details.View)")).toBeVisible();
    await expect(shell.workspaceIndicator("Connect workspace")).toBeVisible();
    await shell.openModule("Flow Configs");
    await expect(shell.heading).toBeVisible();
    await shell.openAccountMenu("Morgan Manager");
    await expect(shell.root.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
    await expect(shell.root.getByRole("menuitem", { name: /^Connect user:/ })).toHaveCount(0);
  });

  test("downloads a JSON export from inside the sandboxed frame", async ({ page }) => {
    const workspace = new AgentWorkspacePage(page);
    await workspace.goto();
    const { shell } = workspace;
    await workspace.signInThroughPopup("alex");
    await shell.openModule("Flow Configs");
    await expect(workspace.app.getByRole("table").getByRole("link", { name: "BasicQueue", exact: true })).toBeVisible();

    const downloading = page.waitForEvent("download");
    await workspace.app.getByRole("button", { name: "Admin actions" }).click();
    await workspace.app.getByRole("menuitem", { name: "Export all as JSON" }).click();
    const download = await downloading;

    expect(download.suggestedFilename()).toBe("flow-configs.json");
    const exported = JSON.parse(readFileSync(await download.path(), "utf8")) as { configs: { id: string }[] };
    expect(exported.configs.map((config) => config.id)).toContain("BasicQueue");
  });

  test("loads framed, runs standalone without a workspace answering, and signs in through a popup", async ({ page }) => {
    const workspace = new AgentWorkspacePage(page);
    await workspace.goto({ protocol: "off" });
    const { shell } = workspace;

    // Framed, the shell asks for sign-in at once: it does not wait out the workspace's connection timeout.
    await expect(shell.signInButton).toBeVisible({ timeout: 5_000 });

    const popupOpened = page.waitForEvent("popup");
    await shell.signInButton.click();
    const popup = await popupOpened;
    await new LocalSignInPage(popup).choose("morgan");

    await expect(shell.accountMenu("Morgan Manager")).toBeVisible();
    // The shell read the token from the popup and closed it.
    await expect.poll(() => popup.isClosed()).toBe(true);
    await expect(shell.workspaceIndicator("Standalone")).toBeVisible();
    await shell.openModule("Flow Configs");
    await expect(shell.heading).toBeVisible();
  });
});
