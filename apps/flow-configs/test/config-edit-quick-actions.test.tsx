import { ApiError } from "@flow-configs/api-client";
import type { QuickAction } from "@flow-configs/model";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { InMemoryClient } from "./in-memory-client";
import { ROLE_GROUPS, aSession, basicQueue } from "./factories";
import { renderModule } from "./render-module";

const FIRE_CLOSURE: QuickAction = {
  name: "Fire closure",
  description: "Close the queue now and offer no callbacks",
  patch: { variables: [{ name: "Closure", value: "true" }, { name: "ClosureOfferCallback", value: "false" }], prompts: [] },
};
const REOPEN: QuickAction = { name: "Reopen", patch: { variables: [{ name: "Closure", value: "false" }], prompts: [] } };

async function openBasicQueue(groups: readonly string[], quickActions: QuickAction[] = [FIRE_CLOSURE, REOPEN]) {
  const session = aSession(groups);
  const client = new InMemoryClient([basicQueue({ quickActions, approval: "required" })], () => session.getIdToken());
  renderModule("/flow-configs/BasicQueue", client, session);
  await screen.findByRole("checkbox", { name: "Closure" });
  return { client };
}

const closureToggle = () => screen.getByRole<HTMLInputElement>("checkbox", { name: "Closure" });
const confirmDialog = () => screen.findByRole("dialog", { name: "Run Fire closure?" });

describe("quick actions", () => {
  it("come first on the page, one large card per action", async () => {
    await openBasicQueue(ROLE_GROUPS.business);

    const headings = screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent);
    expect(headings[0]).toContain("Quick actions");
    expect(screen.getByRole("button", { name: "Fire closure" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Reopen" })).toBeTruthy();
  });

  it("ask before running, listing each entry's current and new value", async () => {
    const { client } = await openBasicQueue(ROLE_GROUPS.business);

    fireEvent.click(screen.getByRole("button", { name: "Fire closure" }));

    const dialog = await confirmDialog();
    const table = within(dialog).getByRole("table", { name: "What Fire closure changes" });
    const rows = within(table).getAllByRole("row").slice(1).map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["Closure", "false", "true"],
      ["ClosureOfferCallback", "false", "false"],
    ]);
    expect(within(dialog).getByText(/without waiting for approval/)).toBeTruthy();
    expect(client.calls.some((call) => call.method === "runQuickAction")).toBe(false);
  });

  it("run on confirm, even on a config that requires approval, and show the new values", async () => {
    const { client } = await openBasicQueue(ROLE_GROUPS.business);

    fireEvent.click(screen.getByRole("button", { name: "Fire closure" }));
    fireEvent.click(within(await confirmDialog()).getByRole("button", { name: "Run Fire closure" }));

    expect(await screen.findByText("Fire closure: done")).toBeTruthy();
    expect(screen.getByText(/Version 2 of BasicQueue: Closure: false → true/)).toBeTruthy();
    expect(client.lastCall("runQuickAction")?.args).toEqual(["BasicQueue", "Fire closure"]);
    expect(closureToggle().checked).toBe(true);
    expect(screen.queryByRole("dialog", { name: "Run Fire closure?" })).toBeNull();
  });

  it("keep the unsaved edits on top of the version the action wrote, so the next save is not a conflict", async () => {
    const { client } = await openBasicQueue(ROLE_GROUPS.business, [REOPEN, { ...FIRE_CLOSURE, name: "Close" }]);
    fireEvent.change(screen.getByRole("textbox", { name: "Greeting" }), { target: { value: "Welcome back" } });

    fireEvent.click(screen.getByRole("button", { name: "Close" }));
    fireEvent.click(within(await screen.findByRole("dialog", { name: "Run Close?" })).getByRole("button", { name: "Run Close" }));
    await screen.findByText("Close: done");

    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Greeting" }).value).toBe("Welcome back");
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Sent for approval")).toBeTruthy();
    expect(client.lastCall("patchValues")?.args).toEqual(["BasicQueue", { variables: [{ name: "Greeting", value: "Welcome back" }], prompts: [] }, { ifMatch: '"2"' }]);
  });

  it("run nothing when the confirm is cancelled", async () => {
    const { client } = await openBasicQueue(ROLE_GROUPS.business);

    fireEvent.click(screen.getByRole("button", { name: "Fire closure" }));
    fireEvent.click(within(await confirmDialog()).getByRole("button", { name: "Cancel" }));

    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Run Fire closure?" })).toBeNull());
    expect(client.calls.some((call) => call.method === "runQuickAction")).toBe(false);
  });

  it("flash the API's refusal and change nothing on screen", async () => {
    const { client } = await openBasicQueue(ROLE_GROUPS.business);
    client.failNext = new ApiError(403, "Forbidden", "morgan may not RunQuickAction on BasicQueue", [], null);

    fireEvent.click(screen.getByRole("button", { name: "Fire closure" }));
    fireEvent.click(within(await confirmDialog()).getByRole("button", { name: "Run Fire closure" }));

    expect(await screen.findByText("Not allowed")).toBeTruthy();
    expect(screen.getByText("morgan may not RunQuickAction on BasicQueue")).toBeTruthy();
    expect(closureToggle().checked).toBe(false);
  });

  it("are not offered to a read-only user", async () => {
    await openBasicQueue(ROLE_GROUPS.readOnly);
    expect(screen.queryByRole("heading", { name: /Quick actions/ })).toBeNull();
    expect(screen.queryByRole("button", { name: "Fire closure" })).toBeNull();
  });

  it("are absent from a config that defines none", async () => {
    await openBasicQueue(ROLE_GROUPS.admin, []);
    expect(screen.queryByRole("heading", { name: /Quick actions/ })).toBeNull();
  });
});
