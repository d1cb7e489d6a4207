import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { chooseOption } from "./choose-option";
import { aList, anEntry, aSession, ROLE_GROUPS } from "./factories";
import { InMemoryClient } from "./in-memory-client";
import { renderModule } from "./render-module";

function blockList() {
  const client = new InMemoryClient([aList()]);
  client.put("bad-callers", [anEntry("+15125550100", { reason: "fraud" }), anEntry("+15125550101"), anEntry("+442071234567")]);
  return client;
}

async function openList(groups: readonly string[], client = blockList()) {
  renderModule("/caller-lists/bad-callers", client, aSession(groups));
  await screen.findByText("+15125550100");
  return client;
}

const table = () => screen.getByRole("table", { name: "Numbers on the list" });

describe("a caller list's numbers", () => {
  it("finds numbers by the start of the number, typed any way", async () => {
    const client = await openList(ROLE_GROUPS.readOnly);
    fireEvent.change(screen.getByRole("searchbox", { name: "Numbers starting with" }), { target: { value: "0044" } });
    await waitFor(() => expect(within(table()).queryByText("+15125550100")).toBeNull());
    expect(await within(table()).findByText("+442071234567")).toBeTruthy();
    expect(client.calls.at(-1)).toEqual({ method: "listEntries", args: ["bad-callers", expect.objectContaining({ q: "0044" })] });
  });

  it("adds one number with its reason and expiry, and says so", async () => {
    const client = await openList(ROLE_GROUPS.editor);
    fireEvent.change(screen.getByRole("textbox", { name: "Number" }), { target: { value: "(512) 555-0177" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Reason" }), { target: { value: "chargeback fraud" } });
    await chooseOption(screen.getByRole("tabpanel", { name: "One number" }), /^Leaves the list/, "In 7 days");
    fireEvent.click(screen.getByRole("button", { name: "Add number" }));
    expect(await screen.findByText("Added +15125550177")).toBeTruthy();
    const stored = client.entries.get("bad-callers")?.get("+15125550177");
    expect(stored).toMatchObject({ reason: "chargeback fraud", expiresAt: expect.any(String) });
    const days = (Date.parse(stored!.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(await within(table()).findByText("+15125550177")).toBeTruthy();
  });

  it("adds pasted numbers and keeps the rejected lines in the box", async () => {
    const client = await openList(ROLE_GROUPS.editor);
    fireEvent.click(screen.getByRole("tab", { name: "Paste numbers" }));
    const box = await screen.findByRole("textbox", { name: "Numbers, one per line" });
    fireEvent.change(box, { target: { value: "+1 512 555 0150, spam\nnot a number\n512.555.0151\n(512) 555-0150" } });
    fireEvent.click(screen.getByRole("button", { name: "Add numbers" }));
    expect(await screen.findByText("Added 2 numbers")).toBeTruthy();
    expect(screen.getByText("2 lines stay in the box: fix them and add again.")).toBeTruthy();
    expect((box as HTMLTextAreaElement).value).toBe("not a number\n(512) 555-0150");
    expect(within(screen.getByRole("table", { name: "Not added" })).getByText("+15125550150 is also on line 1")).toBeTruthy();
    expect(client.numbers("bad-callers")).toEqual(expect.arrayContaining(["+15125550150", "+15125550151"]));
    expect(client.entries.get("bad-callers")?.get("+15125550150")?.reason).toBe("spam");
  });

  it("says how it reads a typed number, by the same rule as the API", async () => {
    await openList(ROLE_GROUPS.editor);
    const number = screen.getByRole("textbox", { name: "Number" });
    fireEvent.change(number, { target: { value: "(617) 555 0177" } });
    expect(screen.getByText("read as +1 617 555 0177 (North America, from national format)")).toBeTruthy();
    fireEvent.change(number, { target: { value: "555-0100" } });
    expect(screen.getByText(/no area code/)).toBeTruthy();
  });

  it("keeps a pasted local number without area code in the box, saying why", async () => {
    await openList(ROLE_GROUPS.editor);
    fireEvent.click(screen.getByRole("tab", { name: "Paste numbers" }));
    const box = await screen.findByRole("textbox", { name: "Numbers, one per line" });
    fireEvent.change(box, { target: { value: "(617) 555 0177\n555-0100" } });
    fireEvent.click(screen.getByRole("button", { name: "Add numbers" }));
    expect(await screen.findByText("Added 1 number")).toBeTruthy();
    expect((box as HTMLTextAreaElement).value).toBe("555-0100");
    expect(within(screen.getByRole("table", { name: "Not added" })).getByText(/no area code/)).toBeTruthy();
  });

  it("checks a CSV with a dry run before importing it", async () => {
    const client = await openList(ROLE_GROUPS.editor);
    fireEvent.click(screen.getByRole("tab", { name: "Import CSV" }));
    fireEvent.change(await screen.findByRole("textbox", { name: "Or paste CSV" }), {
      target: { value: "number,reason\n+15125550160,robocall\nbad,spam\n+15125550161,\n" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Check file" }));
    expect(await screen.findByText("2 rows can be imported; 1 cannot (listed below).")).toBeTruthy();
    expect(client.numbers("bad-callers")).not.toContain("+15125550160");
    fireEvent.click(screen.getByRole("button", { name: "Import 2 entries" }));
    expect(await screen.findByText("Imported 2 entries")).toBeTruthy();
    expect(client.numbers("bad-callers")).toEqual(expect.arrayContaining(["+15125550160", "+15125550161"]));
  });

  it("removes selected numbers after a confirmation", async () => {
    const client = await openList(ROLE_GROUPS.editor);
    fireEvent.click(within(table()).getByRole("checkbox", { name: "+15125550101" }));
    fireEvent.click(screen.getByRole("button", { name: "Remove" }));
    const dialog = await screen.findByRole("dialog", { name: "Remove 1 number?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Remove" }));
    expect(await screen.findByText("Removed 1 number")).toBeTruthy();
    expect(client.numbers("bad-callers")).toEqual(["+15125550100", "+442071234567"]);
  });

  it("shows a failed removal in a flash and keeps the numbers", async () => {
    const client = await openList(ROLE_GROUPS.editor);
    fireEvent.click(within(table()).getByRole("checkbox", { name: "+15125550101" }));
    fireEvent.click(screen.getByRole("button", { name: "Remove" }));
    const dialog = await screen.findByRole("dialog", { name: "Remove 1 number?" });
    client.failNext = new Error("the network went away");
    fireEvent.click(within(dialog).getByRole("button", { name: "Remove" }));
    expect(await screen.findByText(/The numbers were not removed/)).toBeTruthy();
    expect(client.numbers("bad-callers")).toContain("+15125550101");
  });

  it("offers read-only users export but no way to change the list", async () => {
    const client = await openList(ROLE_GROUPS.readOnly);
    expect(screen.queryByRole("button", { name: "Add number" })).toBeNull();
    expect(within(table()).queryByRole("checkbox")).toBeNull();
    URL.createObjectURL = () => "blob:export";
    URL.revokeObjectURL = () => undefined;
    fireEvent.click(screen.getByRole("button", { name: "Export CSV" }));
    expect(await screen.findByText("Exported bad-callers.csv")).toBeTruthy();
    expect(client.calls.some((call) => call.method === "exportCsv")).toBe(true);
  });

  it("loads more numbers a page at a time", async () => {
    const client = blockList();
    client.pageSize = 2;
    await openList(ROLE_GROUPS.readOnly, client);
    expect(within(table()).queryByText("+442071234567")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Show more" }));
    expect(await within(table()).findByText("+442071234567")).toBeTruthy();
  });
});
