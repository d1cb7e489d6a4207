import type { ConfigInput } from "@flow-configs/model";
import { wallClockText } from "@flow-configs/model";
import { expect, test } from "../fixtures/test";
import { FlowConfigsConfigPage } from "../pages/flow-configs-config-page";
import { FlowConfigsSchedule } from "../pages/flow-configs-schedule";
import { deleteConfigIfPresent } from "../pages/flow-configs-test-data";
import { ShellPage } from "../pages/shell-page";

const ZONE = "America/Chicago";

const chicagoQueue = (id: string): ConfigInput => ({
  id,
  kind: "standard",
  description: "A queue on Chicago's clocks",
  languages: ["en-US"],
  defaultLanguage: "en-US",
  timeZone: ZONE,
  variables: [{ name: "Closure", type: "boolean", value: "false", description: "Close the queue" }],
  prompts: [],
  lookupKeys: [],
  templateId: null,
});

test.describe("a scheduled change", () => {
  // The window opens and closes while the test waits.
  test.setTimeout(240_000);

  test("a business user schedules a closure that opens and ends on its own, and getConfig follows", async ({ page, signInAs, apiAs, lambda }, testInfo) => {
    const id = `E2E-Schedule-${testInfo.project.name}`;
    const alex = apiAs("alex");
    await deleteConfigIfPresent(alex, id);
    expect((await alex.request("POST", "/flow-configs", { body: chicagoQueue(id) })).status).toBe(201);
    const closure = async () => (await lambda.getConfig({ parameters: { id } })).Closure;

    await signInAs("morgan");
    const config = new FlowConfigsConfigPage(page);
    await config.goto(id);
    // The first page of a run fetches the remote module from a stack that has just been built: give it time.
    await expect(config.heading(id)).toBeVisible({ timeout: 60_000 });
    await expect(config.toggle("Closure")).not.toBeChecked();
    const schedule = new FlowConfigsSchedule(page);
    await expect(schedule.timeline.getByText("No scheduled changes.")).toBeVisible();
    await expect(page.getByText(`Times in ${ZONE} (CST)`)).toBeVisible();

    // Long enough ahead to fill the form on a busy machine, short enough to wait for.
    const fromMs = Math.ceil((Date.now() + 45_000) / 1000) * 1000;
    const toMs = fromMs + 30_000;
    await schedule.schedule({ variables: ["Closure"], from: wallClockText(fromMs, ZONE), to: wallClockText(toMs, ZONE), note: "Fire drill" });

    await expect(config.flash("Scheduled Closure")).toBeVisible();
    await expect(schedule.row("Fire drill")).toContainText("Upcoming");
    expect(Date.now(), "the window is still ahead: the form took too long to fill").toBeLessThan(fromMs);
    expect(await closure()).toBe("false");
    await new ShellPage(page).expectNoHorizontalScroll();

    await expect.poll(closure, { timeout: fromMs - Date.now() + 10_000, intervals: [500] }).toBe("true");
    await expect(schedule.row("Fire drill")).toContainText("In effect");
    await expect(schedule.inEffectNow("true")).toBeVisible();
    // Nothing was written when the window opened: the saved value is still off.
    await expect(config.toggle("Closure")).not.toBeChecked();

    await expect.poll(closure, { timeout: toMs - Date.now() + 10_000, intervals: [500] }).toBe("false");
    await expect(schedule.row("Fire drill")).toContainText("Ended");
    await expect(schedule.inEffectNow("true")).toBeHidden();
  });
});
