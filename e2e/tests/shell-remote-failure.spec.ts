import { expect, test } from "../fixtures/test";
import { overrideRuntimeConfig } from "../fixtures/runtime-config";
import { ShellPage } from "../pages/shell-page";

test.describe("a module whose remote fails to load", () => {
  test.beforeEach(async ({ signInAs }) => {
    await signInAs("alex");
  });

  test("shows an error panel with Retry while the shell keeps working", async ({ page }) => {
    await overrideRuntimeConfig(page, (config) => ({
      ...config,
      modules: config.modules.map((module) => ({
        ...module,
        remoteEntry: module.remoteEntry.replace("/remoteEntry.js", "/missing/remoteEntry.js"),
      })),
    }));
    const shell = new ShellPage(page);
    await page.goto("/flow-configs");

    await expect(shell.moduleErrorPanel("Flow Configs")).toBeVisible();
    await expect(shell.retryButton).toBeVisible();

    // The shell is alive: its navigation and pages still answer.
    await expect(shell.accountMenu("Alex Admin")).toBeVisible();
    await shell.openNavigation();
    await shell.sideNavigation.getByRole("link", { name: "Admin modules" }).click();
    await expect(page.getByRole("heading", { name: "Admin modules", level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
  });

  test("loads the module on Retry once the remote answers again", async ({ page }) => {
    let refused = 0;
    await page.route("**/remoteEntry.js", async (route) => {
      if (refused === 0) {
        refused += 1;
        await route.abort("connectionrefused");
        return;
      }
      await route.continue();
    });
    const shell = new ShellPage(page);
    await page.goto("/flow-configs");
    await expect(shell.moduleErrorPanel("Flow Configs")).toBeVisible();

    await shell.retryButton.click();

    await expect(shell.moduleErrorPanel("Flow Configs")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(refused).toBe(1);
  });
});
