import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { InMemoryClient } from "./in-memory-client";
import { ROLE_GROUPS, aSession, badActors, basicQueue } from "./factories";
import { renderModule } from "./render-module";

async function openList(groups: readonly string[], numbers?: string[]) {
  const client = new InMemoryClient([badActors(numbers)]);
  renderModule("/flow-configs/bad-actors/entries", client, aSession(groups));
  // An editable list is a grid (its notes are edited in place), a read-only one a table.
  await screen.findByRole(groups === ROLE_GROUPS.readOnly ? "table" : "grid", { name: "Entries of bad-actors" });
  await screen.findByText("+15555550101");
  return client;
}

const entryNames = (client: InMemoryClient) => client.configs.get("bad-actors")?.variables.map((variable) => variable.name);

describe("a list config's entries", () => {
  it("says a config that is not a list has no entries to manage", async () => {
    const client = new InMemoryClient([basicQueue({ id: "EmptyTemplate", variables: [], prompts: [] })]);
    renderModule("/flow-configs/EmptyTemplate/entries", client, aSession(ROLE_GROUPS.business));
    expect(await screen.findByText(/EmptyTemplate is not a list/)).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: "Numbers to add" })).toBeNull();
  });

  it("opens a list config on its numbers with notes, not on its variables", async () => {
    renderModule("/flow-configs/bad-actors", new InMemoryClient([badActors()]), aSession(ROLE_GROUPS.business));

    // Two pages load on a cold start: the config's, then the list's
    expect(await screen.findByRole("grid", { name: "Entries of bad-actors" }, { timeout: 20_000 })).toBeTruthy();
    expect(screen.getByTestId("location").textContent).toBe("/flow-configs/bad-actors/entries");
    expect(screen.queryByRole("button", { name: "More actions" })).toBeNull();
  });

  it("gives an admin the list's shape, clone, export and delete on its page", async () => {
    const client = await openList(ROLE_GROUPS.admin);

    fireEvent.click(screen.getByRole("button", { name: "More actions" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Delete" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete bad-actors?" });
    expect(dialog).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    fireEvent.click(screen.getByRole("button", { name: "More actions" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Edit shape" }));
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/flow-configs/bad-actors/shape"));
    expect(client.configs.has("bad-actors")).toBe(true);
  });

  it("checks a pasted list, reports bad lines and duplicates, and writes nothing until confirmed", async () => {
    const client = await openList(ROLE_GROUPS.business);

    fireEvent.change(screen.getByRole("textbox", { name: "Numbers to add" }), {
      target: { value: "(555) 555-0123, repeat caller\nnot a number\n+1 555 555 0101\n555.555.0123" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Check numbers" }));

    expect(await screen.findByText(/1 new number\(s\) ready to add · 1 invalid line\(s\) · 2 duplicate\(s\)/)).toBeTruthy();
    const invalid = screen.getByRole("table", { name: "Invalid lines" });
    expect(within(invalid).getByText("2")).toBeTruthy();
    expect(screen.getByText("+15555550101 is already on the list")).toBeTruthy();
    expect(screen.getByText("+15555550123 is also on line 1")).toBeTruthy();
    expect(client.calls.some((call) => call.method === "addListEntries")).toBe(false);

    fireEvent.click(screen.getByRole("button", { name: "Add 1 number" }));

    expect(await screen.findByText("Added 1 number to bad-actors")).toBeTruthy();
    expect(client.calls.find((call) => call.method === "addListEntries")?.args).toEqual([
      "bad-actors",
      [{ name: "+15555550123", note: "repeat caller" }],
      { ifMatch: '"1"' },
    ]);
    expect(await screen.findByText("+15555550123")).toBeTruthy();
  });

  it("says how it read each number, and refuses 555-0100 for its missing area code", async () => {
    await openList(ROLE_GROUPS.business);

    fireEvent.change(screen.getByRole("textbox", { name: "Numbers to add" }), { target: { value: "(617) 555 0177\n555-0100" } });
    fireEvent.click(screen.getByRole("button", { name: "Check numbers" }));

    const ready = await screen.findByRole("table", { name: "Ready to add" });
    expect(within(ready).getByText("read as +1 617 555 0177 (North America, from national format)")).toBeTruthy();
    expect(within(screen.getByRole("table", { name: "Invalid lines" })).getByText(/no area code/)).toBeTruthy();
  });

  it("keeps the lines it did not add in the box, with why, and removes the added ones", async () => {
    const client = await openList(ROLE_GROUPS.business);
    const box = screen.getByRole("textbox", { name: "Numbers to add" });

    fireEvent.change(box, { target: { value: "(617) 555 0177\n555-0100\n+1 555 555 0101" } });
    fireEvent.click(screen.getByRole("button", { name: "Check numbers" }));
    fireEvent.click(await screen.findByRole("button", { name: "Add 1 number" }));

    expect(await screen.findByText("Added 1 number: 2 lines left to fix")).toBeTruthy();
    expect((box as HTMLTextAreaElement).value).toBe("555-0100\n+1 555 555 0101");
    const invalid = screen.getByRole("table", { name: "Invalid lines" });
    expect(within(invalid).getByText("1")).toBeTruthy();
    expect(within(invalid).getByText(/no area code/)).toBeTruthy();
    expect(within(screen.getByRole("table", { name: "Duplicates" })).getByText("+15555550101 is already on the list")).toBeTruthy();
    expect(entryNames(client)).toContain("+16175550177");
  });

  it("finds entries by a number typed any way", async () => {
    await openList(ROLE_GROUPS.readOnly);

    fireEvent.change(screen.getByRole("searchbox", { name: "Find entries" }), { target: { value: "555-0199" } });

    await waitFor(() => expect(screen.queryByText("+15555550101")).toBeNull());
    expect(screen.getByText("+15555550199")).toBeTruthy();
  });

  it("removes the selected entries after confirming", async () => {
    const client = await openList(ROLE_GROUPS.business);

    fireEvent.click(screen.getByRole("checkbox", { name: "+15555550101" }));
    fireEvent.click(screen.getByRole("button", { name: "Remove selected" }));
    const dialog = await screen.findByRole("dialog", { name: "Remove 1 entry from bad-actors?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Remove" }));

    expect(await screen.findByText("Removed 1 entry from bad-actors")).toBeTruthy();
    expect(entryNames(client)).toEqual(["+15555550199"]);
  });

  it("lets a read-only user search but not change the list", async () => {
    await openList(ROLE_GROUPS.readOnly);

    expect(screen.queryByRole("textbox", { name: "Numbers to add" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Remove selected" })).toBeNull();
  });
});
