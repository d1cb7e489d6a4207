import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { exportDocument } from "@flow-configs/model";
import type { StoredConfig } from "@flow-configs/model";
import { InMemoryClient } from "./in-memory-client";
import { ROLE_GROUPS, aSession, anOffice, basicQueue, fieldOffice } from "./factories";
import { renderModule } from "./render-module";

async function openConfig(id: string, client: InMemoryClient, groups: readonly string[] = ROLE_GROUPS.admin) {
  renderModule(`/flow-configs/${id}`, client, aSession(groups));
  await screen.findByRole("button", { name: "History" });
}

/** Cloudscape's Select opens on mouse down, as in a browser. */
async function choose(select: RegExp, option: string) {
  fireEvent.mouseDown(screen.getByRole("button", { name: select }));
  const choice = await screen.findByRole("option", { name: option });
  fireEvent.mouseUp(choice);
  fireEvent.click(choice);
}

async function chooseAction(text: string) {
  fireEvent.click(screen.getByRole("button", { name: "More actions" }));
  fireEvent.click(await screen.findByRole("menuitem", { name: text }));
}

describe("clone", () => {
  it("clones a template as a linked instance and opens it", async () => {
    const client = new InMemoryClient([fieldOffice()]);
    await openConfig("FieldOffice", client);

    await chooseAction("Clone");
    const dialog = await screen.findByRole("dialog", { name: "Clone FieldOffice" });
    fireEvent.change(within(dialog).getByRole("textbox", { name: "New id" }), { target: { value: "Office-Reno" } });
    fireEvent.click(within(dialog).getByRole("checkbox", { name: /Link to template/ }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Clone" }));

    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/flow-configs/Office-Reno"));
    expect(client.calls.find((call) => call.method === "clone")?.args).toEqual(["FieldOffice", { id: "Office-Reno", linkTemplate: true }]);
    expect(await screen.findByText("Cloned FieldOffice as Office-Reno, an instance of FieldOffice")).toBeTruthy();
  });

  it("names the conflict when the new id exists and keeps the dialog open", async () => {
    const client = new InMemoryClient([basicQueue(), fieldOffice()]);
    await openConfig("BasicQueue", client);

    await chooseAction("Clone");
    const dialog = await screen.findByRole("dialog", { name: "Clone BasicQueue" });
    fireEvent.change(within(dialog).getByRole("textbox", { name: "New id" }), { target: { value: "FieldOffice" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Clone" }));

    expect(await screen.findByText("flow config FieldOffice already exists")).toBeTruthy();
    expect(screen.getByRole("dialog", { name: "Clone BasicQueue" })).toBeTruthy();
  });

  it("is not offered to business users", async () => {
    await openConfig("BasicQueue", new InMemoryClient([basicQueue()]), ROLE_GROUPS.business);

    expect(screen.queryByRole("button", { name: "More actions" })).toBeNull();
    expect(screen.getByRole("button", { name: "History" })).toBeTruthy();
  });
});

describe("preview", () => {
  it("shows what getConfig returns per language and channel, marks fallbacks, and copies $.External references", async () => {
    const client = new InMemoryClient([basicQueue()]);
    await openConfig("BasicQueue", client, ROLE_GROUPS.readOnly);
    const preview = await screen.findByRole("table", { name: "getConfig for en-US, VOICE" });
    expect(within(preview).getByText("Thank you for calling")).toBeTruthy();
    expect(within(preview).getByRole("button", { name: "Copy $.External.Closure" })).toBeTruthy();

    await choose(/Preview channel/, "Chat");

    const chat = await screen.findByRole("table", { name: "getConfig for en-US, CHAT" });
    await within(chat).findByText("Thanks for chatting");
    expect(client.calls.filter((call) => call.method === "preview").at(-1)?.args).toEqual(["BasicQueue", { lang: "en-US", channel: "CHAT" }]);
    expect(screen.getByText(/bytes of the 32 KB Lambda response limit/)).toBeTruthy();
  });

  it("marks a prompt that fell back to the default language", async () => {
    const client = new InMemoryClient([basicQueue({ prompts: [{ name: "Welcome", values: { "en-US": { voice: "Thank you for calling" } } }] })]);
    await openConfig("BasicQueue", client, ROLE_GROUPS.readOnly);
    await screen.findByRole("table", { name: "getConfig for en-US, VOICE" });

    await choose(/Preview language/, "es-US");

    expect(await screen.findByText("fell back to en-US")).toBeTruthy();
  });
});

describe("JSON import", () => {
  const incoming = () => {
    const stored = (body: ReturnType<typeof basicQueue>): StoredConfig => ({ ...body, version: 1, updatedAt: "2026-11-24T10:00:00.000Z", updatedBy: "alex" });
    const document = exportDocument([stored(basicQueue({ description: "Changed elsewhere" })), stored(basicQueue({ id: "NewQueue" }))], "2026-11-25T10:00:00.000Z");
    return { ...document, configs: [...document.configs, { id: "Broken", languages: [] }] };
  };

  it("shows a dry run first, writes nothing, then applies the valid configs", async () => {
    const client = new InMemoryClient([basicQueue()]);
    renderModule("/flow-configs/import", client, aSession(ROLE_GROUPS.admin));

    fireEvent.change(await screen.findByRole("textbox", { name: "Document" }), { target: { value: JSON.stringify(incoming()) } });
    fireEvent.click(screen.getByRole("button", { name: "Check (dry run)" }));

    const dryRun = await screen.findByRole("table", { name: "Dry run" });
    expect(screen.getByText("1 create · 1 update · 0 unchanged · 1 invalid")).toBeTruthy();
    expect(within(dryRun).getByText(/configs\[2\]\.languages/)).toBeTruthy();
    expect(client.configs.has("NewQueue")).toBe(false);

    fireEvent.click(screen.getByRole("button", { name: "Apply: write 2 configs" }));

    expect(await screen.findByText("Import applied")).toBeTruthy();
    expect(client.configs.get("BasicQueue")?.description).toBe("Changed elsewhere");
    expect(client.configs.has("NewQueue")).toBe(true);
  });

  it("refuses text that is not JSON before calling the API", async () => {
    const client = new InMemoryClient([]);
    renderModule("/flow-configs/import", client, aSession(ROLE_GROUPS.admin));

    fireEvent.change(await screen.findByRole("textbox", { name: "Document" }), { target: { value: "{ not json" } });
    fireEvent.click(screen.getByRole("button", { name: "Check (dry run)" }));

    expect(await screen.findByText("Not JSON")).toBeTruthy();
    expect(client.calls.some((call) => call.method === "importConfigs")).toBe(false);
  });
});

describe("the list, by template", () => {
  it("asks the API for one template's instances when filtered", async () => {
    const client = new InMemoryClient([basicQueue(), fieldOffice(), anOffice(), anOffice({ id: "Office-Boston", lookupKeys: ["BOS"] })]);
    renderModule("/flow-configs", client, aSession(ROLE_GROUPS.readOnly));
    await screen.findByRole("link", { name: "BasicQueue" });

    await choose(/Filter by template/, "Instances of FieldOffice");

    expect(await screen.findByRole("link", { name: "Office-Boston" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "BasicQueue" })).toBeNull();
    expect(client.lastCall("list")?.args).toEqual([{ limit: 100, cursor: null, q: undefined, templateId: "FieldOffice" }]);
  });

  it("opens a deleted config's history by id for an admin", async () => {
    renderModule("/flow-configs", new InMemoryClient([basicQueue()]), aSession(ROLE_GROUPS.admin));
    await screen.findByRole("link", { name: "BasicQueue" });

    fireEvent.click(screen.getByRole("button", { name: "Admin actions" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Deleted / restore" }));
    fireEvent.change(await screen.findByRole("textbox", { name: "Deleted config id" }), { target: { value: "OldQueue" } });
    fireEvent.click(screen.getByRole("button", { name: "Open history" }));

    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/flow-configs/OldQueue/history"));
  });
});
