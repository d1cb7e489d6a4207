import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { chooseOption } from "./choose-option";
import { aList, aSession, ROLE_GROUPS } from "./factories";
import { InMemoryClient } from "./in-memory-client";
import { renderModule } from "./render-module";

const twoLists = () => new InMemoryClient([aList(), aList({ id: "vip", kind: "vip", description: "Answered first" })]);

async function openLists(groups: readonly string[], client = twoLists()) {
  renderModule("/caller-lists", client, aSession(groups));
  await screen.findByRole("link", { name: "vip" });
  return client;
}

describe("the caller lists page", () => {
  it("lists every list with its kind", async () => {
    await openLists(ROLE_GROUPS.readOnly);
    const table = screen.getByRole("table", { name: "Caller lists" });
    expect(within(table).getByText("Block")).toBeTruthy();
    expect(within(table).getByText("VIP")).toBeTruthy();
  });

  it("lets an admin create a list with its kind, and says so in a flash", async () => {
    const client = await openLists(ROLE_GROUPS.admin);
    fireEvent.click(screen.getByRole("button", { name: "Create list" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.change(within(dialog).getByRole("textbox", { name: "List id" }), { target: { value: "trusted" } });
    await chooseOption(dialog, /^Kind/, "Allow");
    fireEvent.click(within(dialog).getByRole("button", { name: "Create" }));
    expect(await screen.findByText("List trusted created")).toBeTruthy();
    expect(client.lists.get("trusted")).toMatchObject({ kind: "allow" });
    expect(await screen.findByRole("link", { name: "trusted" })).toBeTruthy();
  });

  it("keeps the dialog and what was typed when the id is taken", async () => {
    await openLists(ROLE_GROUPS.admin);
    fireEvent.click(screen.getByRole("button", { name: "Create list" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.change(within(dialog).getByRole("textbox", { name: "List id" }), { target: { value: "vip" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Create" }));
    expect(await within(dialog).findByText("list vip already exists")).toBeTruthy();
    expect((within(dialog).getByRole("textbox", { name: "List id" }) as HTMLInputElement).value).toBe("vip");
  });

  it("lets an admin delete a list after a confirmation", async () => {
    const client = await openLists(ROLE_GROUPS.admin);
    fireEvent.click(screen.getByRole("radio", { name: "bad-callers" }));
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete bad-callers?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Delete" }));
    expect(await screen.findByText("List bad-callers deleted")).toBeTruthy();
    expect(client.lists.has("bad-callers")).toBe(false);
    await waitFor(() => expect(screen.queryByRole("link", { name: "bad-callers" })).toBeNull());
  });

  it("offers editors and read-only users no create or delete", async () => {
    for (const groups of [ROLE_GROUPS.editor, ROLE_GROUPS.readOnly]) {
      const { unmount } = renderModule("/caller-lists", twoLists(), aSession(groups));
      await screen.findByRole("link", { name: "vip" });
      expect(screen.queryByRole("button", { name: "Create list" })).toBeNull();
      expect(screen.queryByRole("radio")).toBeNull();
      unmount();
    }
  });
});
