import type { AdminModule, RuntimeConfig } from "@flow-configs/model/runtime";
import { expect, test } from "../fixtures/test";
import { overrideRuntimeConfig } from "../fixtures/runtime-config";
import { ShellPage } from "../pages/shell-page";
import { URLS } from "../stack-urls";

/** A module whose remote is not there: what the shell shows when a team's deployment is broken. */
function unreachableModule(id: string): AdminModule {
  return {
    id,
    title: `Unreachable ${id}`,
    route: `/${id.toLowerCase()}`,
    remoteEntry: `${URLS.remote}/${id}/remoteEntry.js`,
    exposedModule: "./Module",
    requiredGroups: [`${id}Users`],
  };
}

/** The stack's modules; a checkout with one module gets a second whose remote fails, so there are always two. */
function twoModules(config: RuntimeConfig): RuntimeConfig {
  return config.modules.length >= 2 ? config : { ...config, modules: [...config.modules, unreachableModule("SecondModule")] };
}

async function registeredModules(): Promise<AdminModule[]> {
  const response = await fetch(`${URLS.shell}/config.json`);
  return twoModules((await response.json()) as RuntimeConfig).modules;
}

const firstGroupOf = (module: AdminModule | undefined) => module?.requiredGroups[0] ?? "";

test.describe("the suite's modules", () => {
  test.beforeEach(async ({ page }) => {
    await overrideRuntimeConfig(page, twoModules);
  });

  test("a user in both modules' groups sees both in the navigation", async ({ page, signInAs }) => {
    const [first, second] = await registeredModules();
    await signInAs({ username: "alex", groups: [firstGroupOf(first), firstGroupOf(second)] });
    await page.goto("/");
    expect(await new ShellPage(page).navigationLinks()).toEqual([first?.title, second?.title]);
  });

  test("a user in one module's groups sees only that one", async ({ page, signInAs }) => {
    const [first, second] = await registeredModules();
    await signInAs({ username: "alex", groups: [firstGroupOf(first)] });
    await page.goto("/");
    const shell = new ShellPage(page);
    expect(await shell.navigationLinks()).toEqual([first?.title]);
    await expect(shell.sideNavigation.getByRole("link", { name: second?.title })).toHaveCount(0);
  });
});

test.describe("a module whose remote fails to load, beside a working one", () => {
  test("leaves the other module working", async ({ page, signInAs }) => {
    const broken = unreachableModule("BrokenModule");
    await overrideRuntimeConfig(page, (config) => ({ ...config, modules: [...config.modules, broken] }));
    const [flowConfigs] = await registeredModules();
    await signInAs({ username: "alex", groups: [firstGroupOf(flowConfigs), ...broken.requiredGroups] });
    const shell = new ShellPage(page);
    await page.goto("/");

    await shell.openModule(broken.title);
    await expect(shell.moduleErrorPanel(broken.title)).toBeVisible();

    await shell.openModule("Flow Configs");
    await expect(shell.moduleErrorPanel(broken.title)).toBeHidden();
    await expect(page.getByRole("table").getByRole("link", { name: "BasicQueue", exact: true })).toBeVisible();

    await shell.openModule(broken.title);
    await expect(shell.moduleErrorPanel(broken.title)).toBeVisible();
  });
});
