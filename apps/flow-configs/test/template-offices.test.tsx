import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { OFFICES_PAGE_SIZE } from "../src/pages/config-edit/components/template-offices";
import { InMemoryClient } from "./in-memory-client";
import { ROLE_GROUPS, aSession, anOffice, basicQueue, fieldOffice } from "./factories";
import { renderModule } from "./render-module";

const boston = () => anOffice({ id: "Office-Boston", description: "Boston", variables: [], lookupKeys: ["+16175550100", "BOS"] });
const offices = () => new InMemoryClient([fieldOffice(), anOffice(), boston()]);
const manyOffices = (count: number) =>
  new InMemoryClient([fieldOffice(), ...Array.from({ length: count }, (_, index) => anOffice({ id: `Office-${String(index + 1).padStart(2, "0")}`, lookupKeys: [] }))]);

const officesTable = () => screen.findByRole("table", { name: "Offices of FieldOffice" });
const location = () => screen.getByTestId("location").textContent;

describe("a template's offices", () => {
  it("lists each office with its description, override count and lookup keys, and counts them", async () => {
    renderModule("/flow-configs/FieldOffice", offices(), aSession(ROLE_GROUPS.business));
    const table = await officesTable();

    await within(table).findByRole("link", { name: "Office-Boston" });
    const rows = within(table).getAllByRole("row");
    expect(rows.slice(1).map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent))).toEqual([
      ["Austin", "1", "+15125550100, AUS", expect.stringContaining("by alex")],
      ["Boston", "0", "+16175550100, BOS", expect.stringContaining("by alex")],
    ]);
    expect(within(table).getByRole("rowheader", { name: "Office-Austin" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: /^Offices/ }).textContent).toContain("(2)");
  });

  it("searches the offices through the API and says when nothing matches", async () => {
    const client = offices();
    renderModule("/flow-configs/FieldOffice", client, aSession(ROLE_GROUPS.business));
    const table = await officesTable();
    await within(table).findByRole("link", { name: "Office-Boston" });

    fireEvent.change(screen.getByRole("searchbox", { name: "Find offices" }), { target: { value: "bost" } });
    await waitFor(() => expect(client.lastCall("list")?.args).toEqual([expect.objectContaining({ q: "bost", templateId: "FieldOffice" })]));
    expect(await within(table).findByRole("link", { name: "Office-Boston" })).toBeTruthy();
    expect(within(table).queryByRole("link", { name: "Office-Austin" })).toBeNull();

    fireEvent.change(screen.getByRole("searchbox", { name: "Find offices" }), { target: { value: "nowhere" } });
    expect(await within(table).findByText("No office of this template matches the search.")).toBeTruthy();
    fireEvent.click(within(table).getByRole("button", { name: "Clear search" }));
    expect(await within(table).findByRole("link", { name: "Office-Austin" })).toBeTruthy();
  });

  it("pages through more offices than one table page holds", async () => {
    renderModule("/flow-configs/FieldOffice", manyOffices(OFFICES_PAGE_SIZE + 2), aSession(ROLE_GROUPS.business));
    const table = await officesTable();
    await within(table).findByRole("link", { name: "Office-01" });
    expect(within(table).getAllByRole("link")).toHaveLength(OFFICES_PAGE_SIZE);

    fireEvent.click(screen.getByRole("button", { name: "Next page of offices" }));
    await waitFor(() => expect(within(table).getAllByRole("link").map((link) => link.textContent)).toEqual(["Office-11", "Office-12"]));
  });

  it("opens an office from its row", async () => {
    renderModule("/flow-configs/FieldOffice", offices(), aSession(ROLE_GROUPS.business));
    fireEvent.click(await within(await officesTable()).findByRole("link", { name: "Office-Boston" }));

    await waitFor(() => expect(location()).toBe("/flow-configs/Office-Boston"));
    expect(await screen.findByRole("heading", { name: /^Lookup keys/ })).toBeTruthy();
  });

  it("says a standalone config has no offices yet, and offers an admin a new one", async () => {
    renderModule("/flow-configs/BasicQueue", new InMemoryClient([basicQueue()]), aSession(ROLE_GROUPS.admin));
    const table = await screen.findByRole("table", { name: "Offices of BasicQueue" });

    expect(await within(table).findByText("No office takes its shape from BasicQueue yet.")).toBeTruthy();
    fireEvent.click(within(table).getByRole("button", { name: "New office" }));
    await waitFor(() => expect(location()).toBe("/flow-configs/BasicQueue/new-office"));
  });
});

describe("saving a template", () => {
  it("asks before a values save, naming how many offices it affects, and saves once confirmed", async () => {
    const client = offices();
    renderModule("/flow-configs/FieldOffice", client, aSession(ROLE_GROUPS.business));
    fireEvent.change(await screen.findByRole("textbox", { name: "OfficeName" }), { target: { value: "Our office" } });
    await within(await officesTable()).findByRole("link", { name: "Office-Boston" });

    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("This change affects 2 offices")).toBeTruthy();
    expect(client.calls.some((call) => call.method === "patchValues")).toBe(false);

    fireEvent.click(within(dialog).getByRole("button", { name: "Save for 2 offices" }));
    expect(await screen.findByText("Saved FieldOffice")).toBeTruthy();
    expect(client.configs.get("FieldOffice")?.variables[0]?.value).toBe("Our office");
  });

  it("sends nothing when the user cancels", async () => {
    const client = offices();
    renderModule("/flow-configs/FieldOffice", client, aSession(ROLE_GROUPS.business));
    fireEvent.change(await screen.findByRole("textbox", { name: "OfficeName" }), { target: { value: "Our office" } });
    await within(await officesTable()).findByRole("link", { name: "Office-Boston" });

    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByText("This change affects 2 offices")).toBeNull());
    expect(client.calls.some((call) => call.method === "patchValues")).toBe(false);
  });

  it("asks before a shape save too", async () => {
    const client = offices();
    renderModule("/flow-configs/FieldOffice/shape", client, aSession(ROLE_GROUPS.admin));
    fireEvent.change(await screen.findByRole("textbox", { name: "Description" }), { target: { value: "Every field office" } });
    await waitFor(() => expect(client.calls.some((call) => call.method === "list")).toBe(true));

    fireEvent.click(screen.getByRole("button", { name: "Save shape" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(/Every office takes the new shape at once/)).toBeTruthy();
    expect(client.calls.some((call) => call.method === "replace")).toBe(false);

    fireEvent.click(within(dialog).getByRole("button", { name: "Save for 2 offices" }));
    await waitFor(() => expect(location()).toBe("/flow-configs/FieldOffice"));
    expect(client.configs.get("FieldOffice")?.description).toBe("Every field office");
  });

  it("saves a config without offices at once", async () => {
    const client = new InMemoryClient([basicQueue()]);
    renderModule("/flow-configs/BasicQueue", client, aSession(ROLE_GROUPS.business));
    fireEvent.click(await screen.findByRole("checkbox", { name: "Closure" }));
    await screen.findByText("No office takes its shape from BasicQueue yet.");

    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Saved BasicQueue")).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});

describe("an office's lookup keys", () => {
  const openAustin = async (groups: readonly string[], client = offices()) => {
    renderModule("/flow-configs/Office-Austin", client, aSession(groups));
    await screen.findByRole("heading", { name: /^Lookup keys/ });
    return client;
  };
  const editKeys = async () => {
    fireEvent.click(screen.getByRole("button", { name: "Edit lookup keys" }));
    return screen.findByRole("dialog");
  };

  it("shows them to everyone, and the edit only to admins", async () => {
    await openAustin(ROLE_GROUPS.business);

    expect(screen.getByText("AUS")).toBeTruthy();
    expect(screen.getByText("+15125550100")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Edit lookup keys" })).toBeNull();
  });

  it("lets an admin add one and saves the keys with If-Match", async () => {
    const client = await openAustin(ROLE_GROUPS.admin);
    const dialog = await editKeys();

    fireEvent.click(within(dialog).getByRole("button", { name: "Add lookup key" }));
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Lookup key 3" }), { target: { value: "ATX" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Save lookup keys" }));

    expect(await screen.findByText("Saved the lookup keys of Office-Austin")).toBeTruthy();
    expect(client.lastCall("replaceLookupKeys")?.args).toEqual(["Office-Austin", ["+15125550100", "AUS", "ATX"], { ifMatch: '"1"' }]);
    expect(await screen.findByText("ATX")).toBeTruthy();
  });

  it("lets an admin remove one", async () => {
    const client = await openAustin(ROLE_GROUPS.admin);
    const dialog = await editKeys();

    fireEvent.click(within(dialog).getByRole("button", { name: "Remove lookup key AUS" }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Save lookup keys" }));

    await waitFor(() => expect(client.configs.get("Office-Austin")?.lookupKeys).toEqual(["+15125550100"]));
  });

  it("marks a malformed or repeated key on its row and sends nothing", async () => {
    const client = await openAustin(ROLE_GROUPS.admin);
    const dialog = await editKeys();

    fireEvent.change(within(dialog).getByRole("textbox", { name: "Lookup key 2" }), { target: { value: "not a key" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Add lookup key" }));
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Lookup key 3" }), { target: { value: "+15125550100" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Save lookup keys" }));

    expect(within(dialog).getByText("Use 1–128 characters of A–Z a–z 0–9 _ + . -")).toBeTruthy();
    expect(within(dialog).getByText("Listed twice")).toBeTruthy();
    expect(client.calls.some((call) => call.method === "replaceLookupKeys")).toBe(false);
  });

  it("shows on the field that another office owns a key", async () => {
    await openAustin(ROLE_GROUPS.admin);
    const dialog = await editKeys();

    fireEvent.change(within(dialog).getByRole("textbox", { name: "Lookup key 2" }), { target: { value: "BOS" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Save lookup keys" }));

    expect(await within(dialog).findByText('"BOS" is already used by flow config Office-Boston')).toBeTruthy();
    expect(screen.getByRole("dialog")).toBeTruthy();
  });

  it("keeps unsaved value edits on top of the version the keys made", async () => {
    const client = await openAustin(ROLE_GROUPS.admin);
    fireEvent.change(screen.getByRole("textbox", { name: "OfficeName" }), { target: { value: "Austin downtown" } });
    const dialog = await editKeys();
    fireEvent.click(within(dialog).getByRole("button", { name: "Remove lookup key AUS" }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Save lookup keys" }));
    await screen.findByText("Saved the lookup keys of Office-Austin");

    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "OfficeName" }).value).toBe("Austin downtown");
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Saved Office-Austin")).toBeTruthy();
    expect(client.lastCall("patchValues")?.args[2]).toEqual({ ifMatch: '"2"' });
  });

  it("sends 'Edit shape' to the template's shape", async () => {
    await openAustin(ROLE_GROUPS.admin);

    fireEvent.click(screen.getByRole("button", { name: "More actions" }));
    fireEvent.click(await screen.findByText("Edit shape"));
    await waitFor(() => expect(location()).toBe("/flow-configs/FieldOffice/shape"));
  });
});
