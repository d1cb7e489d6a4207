import { expect, test } from "../fixtures/test";
import { overrideRuntimeConfig } from "../fixtures/runtime-config";
import { ShellPage } from "../pages/shell-page";
import { screenshotPath } from "./screenshot-path";

test("shell: sign-in prompt", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(new ShellPage(page).signInButton).toBeVisible();
  await page.screenshot({ path: screenshotPath(testInfo, "shell-sign-in") });
});

test("shell: home with the modules the user may open", async ({ page, signInAs }, testInfo) => {
  await signInAs("morgan");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Admin modules", level: 1 })).toBeVisible();
  await page.screenshot({ path: screenshotPath(testInfo, "shell-home") });
});

test("shell: navigation open on a phone", async ({ page, signInAs }, testInfo) => {
  test.skip(testInfo.project.name !== "mobile", "the drawer is a phone view");
  await signInAs("morgan");
  await page.goto("/");
  await new ShellPage(page).openNavigation();
  await page.screenshot({ path: screenshotPath(testInfo, "shell-navigation") });
});

test("shell: a module that failed to load", async ({ page, signInAs }, testInfo) => {
  await signInAs("alex");
  await overrideRuntimeConfig(page, (config) => ({
    ...config,
    modules: config.modules.map((module) => ({ ...module, remoteEntry: `${module.remoteEntry}.missing` })),
  }));
  await page.goto("/flow-configs");
  await expect(new ShellPage(page).moduleErrorPanel("Flow Configs")).toBeVisible();
  await page.screenshot({ path: screenshotPath(testInfo, "shell-module-error") });
});
