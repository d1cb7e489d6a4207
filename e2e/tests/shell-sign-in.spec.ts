import { expect, test } from "../fixtures/test";
import { LocalSignInPage } from "../pages/local-sign-in-page";
import { ShellPage } from "../pages/shell-page";

test.describe("signing in and out", () => {
  test("a visitor who is not signed in gets a sign-in prompt, then the page they asked for", async ({ page }) => {
    await page.goto("/flow-configs");
    const shell = new ShellPage(page);
    await shell.signInButton.click();
    await new LocalSignInPage(page).choose("riley");

    await expect(shell.accountMenu("Riley Reader")).toBeVisible();
    await expect(page).toHaveURL(/\/flow-configs$/);
    await shell.expectNoHorizontalScroll();
  });

  test("sign-out forgets the session", async ({ page, signInAs }) => {
    await signInAs("alex");
    await page.goto("/");
    const shell = new ShellPage(page);
    await shell.signOut("Alex Admin");

    await expect(shell.signInButton).toBeVisible();
    await page.reload();
    await expect(shell.signInButton).toBeVisible();
    await expect(shell.accountMenu("Alex Admin")).toHaveCount(0);
  });

  test("an expired session asks to sign in again in a popup, keeping the page", async ({ page, signInAs }) => {
    await signInAs({ username: "morgan", expiresInSeconds: 60 });
    await page.clock.install();
    await page.goto("/flow-configs");
    const shell = new ShellPage(page);
    await expect(shell.accountMenu("Morgan Manager")).toBeVisible();
    const basicQueue = page.getByRole("link", { name: "BasicQueue" }).first();
    await expect(basicQueue).toBeVisible();

    // Past the token's expiry, the module's next API call finds the session expired.
    await page.clock.fastForward("02:00");
    await basicQueue.click();
    await expect(page.getByText("Your session has expired", { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/flow-configs\/BasicQueue/);

    const popupOpened = page.waitForEvent("popup");
    await page.getByRole("button", { name: "Sign in again" }).click();
    const popup = await popupOpened;
    await new LocalSignInPage(popup).choose("morgan");
    await expect(page.getByText("Your session has expired", { exact: true })).toBeHidden();
    await expect(page).toHaveURL(/\/flow-configs\/BasicQueue/);
  });
});
