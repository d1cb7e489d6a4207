import { GROUPS } from "@flow-configs/model/flow-configs-groups";
import { expect, test } from "../fixtures/test";
import { overrideRuntimeConfig } from "../fixtures/runtime-config";
import { ShellPage } from "../pages/shell-page";
import { URLS } from "../stack-urls";

test.describe("side navigation", () => {
  test.beforeEach(async ({ page }) => {
    // A second, admin-only module next to Flow Configs (its remote never needs to load here).
    await overrideRuntimeConfig(page, (config) => ({
      ...config,
      modules: [
        ...config.modules,
        {
          id: "auditLog",
          title: "Audit log",
          route: "/audit-log",
          remoteEntry: `${URLS.remote}/audit-log/remoteEntry.js`,
          exposedModule: "./App",
          requiredGroups: [GROUPS.admin],
        },
      ],
    }));
  });

  test("an admin sees every module", async ({ page, signInAs }) => {
    await signInAs("alex");
    await page.goto("/");
    expect(await new ShellPage(page).navigationLinks()).toEqual(["Flow Configs", "Caller Lists", "Audit log"]);
  });

  test("a business user sees only the modules their groups may open", async ({ page, signInAs }) => {
    await signInAs("morgan");
    await page.goto("/");
    const shell = new ShellPage(page);
    expect(await shell.navigationLinks()).toEqual(["Flow Configs", "Caller Lists"]);
    await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  });

  test("a user in no group is told so, and a module's address does not open it", async ({ page, signInAs }) => {
    await signInAs("casey");
    await page.goto("/");
    const shell = new ShellPage(page);
    await expect(page.getByText("No modules for you yet")).toBeVisible();
    expect(await shell.navigationLinks()).toEqual([]);

    await page.goto("/flow-configs");
    await expect(page.getByText("You cannot open Flow Configs")).toBeVisible();
  });

  test("the home page fits a phone without horizontal scrolling", async ({ page, signInAs }) => {
    await signInAs("morgan");
    await page.goto("/");
    const shell = new ShellPage(page);
    await expect(page.getByRole("heading", { name: "Admin modules", level: 1 })).toBeVisible();
    await shell.expectNoHorizontalScroll();
  });
});
