import type { ConfigInput } from "@flow-configs/model";
import { expect, test } from "../fixtures/test";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { FlowConfigsHistoryPage } from "../pages/flow-configs-history-page";
import { deleteConfigIfPresent } from "../pages/flow-configs-test-data";
import { ShellPage } from "../pages/shell-page";

const queueFor = (id: string): ConfigInput => ({
  id,
  kind: "standard",
  description: "A queue whose history the test writes",
  languages: ["en-US"],
  defaultLanguage: "en-US",
  variables: [{ name: "Closure", type: "boolean", value: "false" }],
  prompts: [{ name: "ClosureMessage", values: { "en-US": { voice: "We are closed for the holiday today." } } }],
  lookupKeys: [],
  templateId: null,
});

test.describe("history, compare and restore", () => {
  test("a change shows in the history, compares against the old version, and a restore brings the old value back to getConfig", async ({
    page,
    signInAs,
    apiAs,
    lambda,
  }, testInfo) => {
    const id = `E2E-History-${testInfo.project.name}`;
    const alex = apiAs("alex");
    await deleteConfigIfPresent(alex, id);
    const created = await alex.request("POST", "/flow-configs", { body: queueFor(id) });
    expect(created.status).toBe(201);
    await signInAs("alex");

    const config = new FlowConfigsConfigPage(page);
    await config.goto(id);
    await config.flip("Closure");
    await config.promptText("ClosureMessage", "voice").fill("We are closed for the storm today.");
    await config.save();
    await expect(config.flash(`Saved ${id}`)).toBeVisible();
    expect((await lambda.getConfig({ parameters: { id } })).Closure).toBe("true");

    await page.getByRole("button", { name: "History", exact: true }).click();
    const history = new FlowConfigsHistoryPage(page);
    await expect(history.version(id, 2)).toContainText("Closure: false → true");
    await expect(history.version(id, 2)).toContainText("alex");

    await history.select(1);
    await history.select(2);
    await history.compare();
    const comparison = history.comparison(1, 2);
    await expect(comparison.getByText("changed")).toHaveCount(2);
    await expect(comparison.getByLabel("removed: holiday")).toBeVisible();
    await expect(comparison.getByLabel("added: storm")).toBeVisible();
    await new ShellPage(page).expectNoHorizontalScroll();

    await history.unselect(2);
    await history.restoreSelected(id, 1);
    await expect(page.getByText(`Restored version 1 of ${id}`)).toBeVisible();
    await expect(history.version(id, 3)).toContainText("Closure: true → false");

    const restored = await lambda.getConfig({ parameters: { id } });
    expect(restored.Closure).toBe("false");
    expect(restored.ClosureMessage).toBe("We are closed for the holiday today.");
    await deleteConfigIfPresent(alex, id);
  });

  test("a deleted config is restored from its history by an admin", async ({ page, signInAs, apiAs, lambda }, testInfo) => {
    const id = `E2E-Deleted-${testInfo.project.name}`;
    const alex = apiAs("alex");
    await deleteConfigIfPresent(alex, id);
    expect((await alex.request("POST", "/flow-configs", { body: queueFor(id) })).status).toBe(201);
    await deleteConfigIfPresent(alex, id);
    await signInAs("alex");

    await page.goto("/flow-configs");
    await page.getByRole("button", { name: "Admin actions" }).click();
    await page.getByRole("menuitem", { name: "Deleted / restore" }).click();
    await page.getByRole("textbox", { name: "Deleted config id" }).fill(id);
    await page.getByRole("button", { name: "Open history" }).click();

    const history = new FlowConfigsHistoryPage(page);
    await expect(page.getByText(`${id} is deleted`)).toBeVisible();
    await history.select(1);
    await history.restoreSelected(id, 1);
    await expect(page.getByText(`Restored version 1 of ${id}`)).toBeVisible();
    expect((await lambda.getConfig({ parameters: { id } })).Closure).toBe("false");
    await deleteConfigIfPresent(alex, id);
  });

  test("a long-lived config's history opens on its newest versions and pages back to the first", async ({ page, signInAs, apiAs }, testInfo) => {
    const id = `E2E-LongLived-${testInfo.project.name}`;
    const alex = apiAs("alex");
    await deleteConfigIfPresent(alex, id);
    expect((await alex.request("POST", "/flow-configs", { body: queueFor(id) })).status).toBe(201);
    for (let version = 1; version < 25; version += 1) {
      const body = { variables: [{ name: "Closure", value: version % 2 === 1 ? "true" : "false" }] };
      expect((await alex.request("PATCH", `/flow-configs/${id}/values`, { body, ifMatch: version })).status).toBe(200);
    }
    const firstPage = await alex.request<{ items: { version: number }[]; nextCursor: string | null }>("GET", `/flow-configs/${id}/history?limit=20`);
    expect(firstPage.body.items.map((entry) => entry.version)).toEqual(Array.from({ length: 20 }, (_, index) => 25 - index));
    expect(firstPage.body.nextCursor).toBeTruthy();
    await signInAs("alex");

    const history = new FlowConfigsHistoryPage(page);
    await history.goto(id);
    await expect(history.shownVersions(id)).toHaveCount(20);
    await expect(history.shownVersions(id).first()).toHaveText("25");
    await history.showOlderVersions();
    await expect(history.shownVersions(id)).toHaveCount(25);
    await expect(history.shownVersions(id).last()).toHaveText("1");
    await expect(history.version(id, 1)).toContainText("Created");
    await new ShellPage(page).expectNoHorizontalScroll();
    await deleteConfigIfPresent(alex, id);
  });
});
