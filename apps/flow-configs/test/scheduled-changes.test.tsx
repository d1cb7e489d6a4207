import type { FlowConfigBody, ScheduledChange } from "@flow-configs/model";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { InMemoryClient } from "./in-memory-client";
import { ROLE_GROUPS, aSession, basicQueue } from "./factories";
import { renderModule } from "./render-module";

// Christmas Day, 06:00 in Chicago: the Christmas window below is open, New Year's is ahead, Thanksgiving's over.
const NOW = new Date("2026-12-25T12:00:00Z");

beforeAll(async () => {
  // The routes fetch the page, and the page the form and pickers, on first use: load them once here, not inside a test's wait.
  await Promise.all([
    import("../src/pages/config-edit"),
    import("../src/pages/config-edit/components/schedule-form"),
    import("../src/pages/config-edit/components/date-time-in-zone"),
  ]);
});

beforeEach(() => {
  // Only the clock: Cloudscape and Testing Library keep their real timers.
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

const closure = (value: string) => ({ variables: [{ name: "Closure", value }], prompts: [] });

function aWindow(overrides: Partial<ScheduledChange> & Pick<ScheduledChange, "id" | "from">): ScheduledChange {
  return { patch: closure("true"), createdBy: "morgan", createdAt: "2026-11-20T10:00:00.000Z", ...overrides };
}

const CHRISTMAS = aWindow({ id: "christmas", from: "2026-12-25T00:00", to: "2026-12-26T00:00", note: "Christmas Day" });
const NEW_YEAR = aWindow({ id: "new-year", from: "2027-01-01T00:00", to: "2027-01-02T00:00" });
const THANKSGIVING = aWindow({ id: "thanksgiving", from: "2026-11-26T00:00", to: "2026-11-27T00:00" });

const chicagoQueue = (overrides: Partial<FlowConfigBody> = {}) => basicQueue({ timeZone: "America/Chicago", ...overrides });

async function openQueue(groups: readonly string[], config: FlowConfigBody = chicagoQueue({ scheduledChanges: [CHRISTMAS, NEW_YEAR, THANKSGIVING] })) {
  const session = aSession(groups);
  const client = new InMemoryClient([config], () => session.getIdToken());
  client.now = () => NOW.getTime();
  renderModule("/flow-configs/BasicQueue", client, session);
  await screen.findByRole("checkbox", { name: "Closure" });
  return { client };
}

const timeline = () => screen.getByRole("table", { name: "Scheduled changes" });
const rowOf = (text: string) => within(timeline()).getByText(text).closest("tr") as HTMLElement;

/** Cloudscape's selects open on mouse down, as in a browser. */
async function choose(trigger: HTMLElement, option: string) {
  fireEvent.mouseDown(trigger);
  const choice = await screen.findByRole("option", { name: new RegExp(`^${option} \\(`) });
  fireEvent.mouseUp(choice);
  fireEvent.click(choice);
}

/** The pickers load after the form or panel shows. */
async function enterDateTime(scope: HTMLElement, label: string, date: string, time: string) {
  fireEvent.change(await within(scope).findByRole("textbox", { name: `${label} date` }), { target: { value: date } });
  fireEvent.change(within(scope).getByRole("textbox", { name: `${label} time` }), { target: { value: time } });
}

async function openScheduleForm() {
  fireEvent.click(screen.getByRole("button", { name: "Schedule a change" }));
  return screen.findByRole("dialog", { name: "Schedule a change" });
}

describe("values in effect now", () => {
  it("says beside Closure what the open window serves and until when, on the config's clocks", async () => {
    await openQueue(ROLE_GROUPS.business);

    expect(screen.getByText("In effect now: true until 2026-12-26 00:00 CST")).toBeTruthy();
    expect(screen.getAllByText(/In effect now/)).toHaveLength(1);
  });

  it("says beside a prompt the text the open window serves in the tab's language, and until when", async () => {
    const holiday = aWindow({
      id: "holiday-greeting",
      from: "2026-12-25T00:00",
      to: "2026-12-26T00:00",
      patch: { variables: [], prompts: [{ name: "Welcome", values: { "en-US": { voice: "We are closed for the holiday." } } }] },
    });
    await openQueue(ROLE_GROUPS.business, chicagoQueue({ scheduledChanges: [holiday] }));

    expect(screen.getByText("In effect now: We are closed for the holiday. until 2026-12-26 00:00 CST")).toBeTruthy();
    expect(screen.getAllByText(/In effect now/)).toHaveLength(1);
  });

  it("says nothing is in effect when no window is open", async () => {
    await openQueue(ROLE_GROUPS.business, chicagoQueue({ scheduledChanges: [NEW_YEAR] }));

    expect(screen.queryByText(/In effect now/)).toBeNull();
  });
});

describe("the timeline", () => {
  it("lists windows in effect, upcoming and ended, in the config's zone", async () => {
    await openQueue(ROLE_GROUPS.readOnly);

    expect(screen.getByText("Values that change on their own and change back. Times in America/Chicago (CST).")).toBeTruthy();
    const rows = within(timeline()).getAllByRole("row").slice(1).map((row) => row.textContent ?? "");
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/In effect.*Closure → true.*Christmas Day.*2026-12-25 00:00 CST.*2026-12-26 00:00 CST/);
    expect(rows[1]).toMatch(/Upcoming.*2027-01-01 00:00 CST/);
    expect(rows[2]).toMatch(/Ended.*2026-11-26 00:00 CST/);
  });

  it("offers a read-only user neither scheduling nor removing", async () => {
    await openQueue(ROLE_GROUPS.readOnly);

    expect(screen.queryByRole("button", { name: "Schedule a change" })).toBeNull();
    expect(within(timeline()).queryByRole("button", { name: /^Remove/ })).toBeNull();
  });

  it("removes a window after a confirm that says it is in effect, with If-Match", async () => {
    const { client } = await openQueue(ROLE_GROUPS.business);

    fireEvent.click(within(rowOf("Christmas Day")).getByRole("button", { name: /^Remove the scheduled change of Closure → true from 2026-12-25 00:00 CST/ }));
    const dialog = await screen.findByRole("dialog", { name: "Remove this scheduled change?" });
    expect(within(dialog).getByText(/It is in effect now/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Remove" }));

    expect(await screen.findByText("Removed the scheduled change of Closure → true")).toBeTruthy();
    expect(client.lastCall("removeScheduledChange")?.args).toEqual(["BasicQueue", "christmas", { ifMatch: '"1"' }]);
    await waitFor(() => expect(within(timeline()).getAllByRole("row")).toHaveLength(3));
    expect(screen.queryByText(/In effect now/)).toBeNull();
  });
});

describe("scheduling a change", () => {
  it("schedules Closure on for a window given on the config's clocks, to the second", async () => {
    const { client } = await openQueue(ROLE_GROUPS.business, chicagoQueue());

    const dialog = await openScheduleForm();
    expect(within(dialog).getByText(/on the clocks of America\/Chicago \(CST\)/)).toBeTruthy();
    await choose(within(dialog).getByRole("button", { name: /Variables and prompts to change/ }), "Closure");
    expect(within(dialog).getByRole<HTMLInputElement>("checkbox", { name: "Closure during the window" }).checked).toBe(true);
    await enterDateTime(dialog, "From", "2026-12-31", "18:00:30");
    await enterDateTime(dialog, "To", "2027-01-01", "08:00:00");
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Note" }), { target: { value: "New Year's Eve" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Schedule" }));

    expect(await screen.findByText("Scheduled Closure")).toBeTruthy();
    expect(client.lastCall("scheduleChange")?.args).toEqual([
      "BasicQueue",
      { from: "2026-12-31T18:00:30", to: "2027-01-01T08:00:00", patch: closure("true"), note: "New Year's Eve" },
      { ifMatch: '"1"' },
    ]);
    expect(screen.queryByRole("dialog", { name: "Schedule a change" })).toBeNull();
    expect(rowOf("New Year's Eve").textContent).toMatch(/Upcoming.*2026-12-31 18:00:30 CST.*2027-01-01 08:00 CST/);
  });

  it("schedules a prompt's voice text for the languages the user changed", async () => {
    const { client } = await openQueue(ROLE_GROUPS.business, chicagoQueue());

    const dialog = await openScheduleForm();
    await choose(within(dialog).getByRole("button", { name: /Variables and prompts to change/ }), "Welcome");
    const english = within(dialog).getByRole<HTMLTextAreaElement>("textbox", { name: "Welcome en-US voice during the window" });
    expect(english.value).toBe("Thank you for calling");
    fireEvent.change(english, { target: { value: "We are closed for the holiday" } });
    await enterDateTime(dialog, "From", "2026-12-31", "18:00:00");
    fireEvent.click(within(dialog).getByRole("button", { name: "Schedule" }));

    expect(await screen.findByText("Scheduled Welcome")).toBeTruthy();
    expect(client.lastCall("scheduleChange")?.args[1]).toEqual({
      from: "2026-12-31T18:00:00",
      patch: { variables: [], prompts: [{ name: "Welcome", values: { "en-US": { voice: "We are closed for the holiday" } } }] },
    });
    expect(rowOf("Welcome (en-US voice)").textContent).toMatch(/Upcoming.*2026-12-31 18:00 CST.*until removed/);
  });

  it("schedules a prompt's chat text on its own, leaving the voice text as saved", async () => {
    const { client } = await openQueue(ROLE_GROUPS.business, chicagoQueue());

    const dialog = await openScheduleForm();
    await choose(within(dialog).getByRole("button", { name: /Variables and prompts to change/ }), "Welcome");
    const chat = within(dialog).getByRole<HTMLTextAreaElement>("textbox", { name: "Welcome en-US chat during the window" });
    expect(chat.value).toBe("Thanks for chatting");
    fireEvent.change(chat, { target: { value: "Chat is closed today" } });
    await enterDateTime(dialog, "From", "2026-12-31", "18:00:00");
    fireEvent.click(within(dialog).getByRole("button", { name: "Schedule" }));

    expect(await screen.findByText("Scheduled Welcome")).toBeTruthy();
    expect(client.lastCall("scheduleChange")?.args[1]).toEqual({
      from: "2026-12-31T18:00:00",
      patch: { variables: [], prompts: [{ name: "Welcome", values: { "en-US": { chat: "Chat is closed today" } } }] },
    });
  });

  it("names what is missing before anything is sent", async () => {
    const { client } = await openQueue(ROLE_GROUPS.business, chicagoQueue());

    const dialog = await openScheduleForm();
    await enterDateTime(dialog, "To", "2027-01-01", "");
    fireEvent.click(within(dialog).getByRole("button", { name: "Schedule" }));

    expect(await within(dialog).findByText("Choose at least one variable or prompt to change.")).toBeTruthy();
    expect(within(dialog).getByText("Enter the date and time the change starts.")).toBeTruthy();
    expect(within(dialog).getByText(/Finish the date and the time, or clear both/)).toBeTruthy();
    expect(client.lastCall("scheduleChange")).toBeUndefined();
  });

  it("refuses a window that ends before it starts, or a value its type does not allow, on the field", async () => {
    const { client } = await openQueue(ROLE_GROUPS.business, chicagoQueue());

    const dialog = await openScheduleForm();
    await choose(within(dialog).getByRole("button", { name: /Variables and prompts to change/ }), "MaxWaitMinutes");
    fireEvent.change(within(dialog).getByRole("spinbutton", { name: "MaxWaitMinutes during the window" }), { target: { value: "ten" } });
    await enterDateTime(dialog, "From", "2026-12-31", "18:00:00");
    await enterDateTime(dialog, "To", "2026-12-31", "17:00:00");
    fireEvent.click(within(dialog).getByRole("button", { name: "Schedule" }));

    expect(await within(dialog).findByText("must be after from (2026-12-31 18:00 CST); it is 2026-12-31 17:00 CST")).toBeTruthy();
    expect(within(dialog).getByText(/must be a number/)).toBeTruthy();
    expect(client.lastCall("scheduleChange")).toBeUndefined();
  });

  it("shows in the form what the API refused, and keeps the form", async () => {
    const { client } = await openQueue(ROLE_GROUPS.business, chicagoQueue());
    client.saveBehindTheScenes("BasicQueue", { variables: [{ name: "Tier", value: "silver" }], prompts: [] });

    const dialog = await openScheduleForm();
    await choose(within(dialog).getByRole("button", { name: /Variables and prompts to change/ }), "Closure");
    await enterDateTime(dialog, "From", "2026-12-31", "18:00:00");
    fireEvent.click(within(dialog).getByRole("button", { name: "Schedule" }));

    // The form's error is also announced, so it is on the page twice.
    expect(await within(dialog).findAllByText(/Someone else saved this config meanwhile/)).not.toHaveLength(0);
    expect(await screen.findByText(/The page now shows version 2/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Schedule" }));
    expect(await screen.findByText("Scheduled Closure")).toBeTruthy();
    expect(client.lastCall("scheduleChange")?.args[2]).toEqual({ ifMatch: '"2"' });
  });
});

describe("previewing at an instant", () => {
  it("asks getConfig's preview for the instant picked on the config's clocks", async () => {
    const { client } = await openQueue(ROLE_GROUPS.readOnly);
    const preview = () => screen.getByRole("table", { name: "getConfig for en-US, VOICE" });
    await waitFor(() => expect(within(preview()).getByText("Closure").closest("tr")?.textContent).toContain("true"));

    await enterDateTime(document.body, "At", "2026-12-26", "00:00:00");

    await waitFor(() => expect(client.lastCall("preview")?.args[1]).toEqual({ lang: "en-US", channel: "VOICE", at: "2026-12-26T06:00:00.000Z" }));
    await waitFor(() => expect(within(preview()).getByText("Closure").closest("tr")?.textContent).toContain("false"));
  });
});
