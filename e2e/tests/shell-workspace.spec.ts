import { expect, test } from "../fixtures/test";
import { LocalSignInPage } from "../pages/local-sign-in-page";
import { ShellPage } from "../pages/shell-page";

test.describe("the shell inside the Connect workspace", () => {
  test("loads framed, runs standalone without a workspace answering, and signs in through a popup", async ({
    page,
    workspaceHost,
  }) => {
    await page.goto(workspaceHost.url);
    const shell = new ShellPage(page, page.frameLocator('iframe[title="Flow Configs"]'));

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
    await expect(page.frameLocator('iframe[title="Flow Configs"]').getByRole("heading", { level: 1 })).toBeVisible();
  });
});
