import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { InMemoryClient } from "./in-memory-client";
import { ROLE_GROUPS, aSession, anOffice, basicQueue, fieldOffice } from "./factories";
import { renderModule } from "./render-module";
import { fireClosure, safeChangeQueue } from "./safe-change-factories";

async function openShape(client: InMemoryClient, id = "BasicQueue") {
  renderModule(`/flow-configs/${id}/shape`, client, aSession(ROLE_GROUPS.admin));
  await screen.findByRole("heading", { name: `Edit the shape of ${id}` });
  await screen.findByText(/takes its shape from the template|^Save shape$/);
}

/** Cloudscape's Select opens on mouse down, as in a browser. */
async function choose(select: string, option: string) {
  fireEvent.mouseDown(screen.getByRole("button", { name: new RegExp(select) }));
  const choice = await screen.findByRole("option", { name: new RegExp(`^${option}`) });
  fireEvent.mouseUp(choice);
  fireEvent.click(choice);
}

/** The Flashbar's code and the config page load when first needed: on a busy machine that takes longer than a re-render. */
const LAZY_WAIT = { timeout: 30_000 };

const typeIn = (role: "textbox" | "combobox", name: string, value: string) => fireEvent.change(screen.getByRole(role, { name }), { target: { value } });
const save = () => fireEvent.click(screen.getByRole("button", { name: "Save shape" }));

describe("an admin sets a config's time zone, approval and quick actions", () => {
  it("saves a zone, the two-person rule and a quick action, keeping every other field", async () => {
    const client = new InMemoryClient([basicQueue()]);
    await openShape(client);

    typeIn("combobox", "Time zone", "America/Chicago");
    fireEvent.click(screen.getByRole("checkbox", { name: /^Require a second person's approval/ }));
    fireEvent.click(screen.getByRole("button", { name: "Add quick action" }));
    typeIn("textbox", "Name of quick action 1", "Fire closure");
    fireEvent.click(screen.getByRole("button", { name: "Add variable it sets" }));
    await choose("Value 1 of Fire closure", "true");
    fireEvent.click(screen.getByRole("button", { name: "Add variable it sets" }));
    await choose("Variable 2 of Fire closure", "ClosureOfferCallback");
    save();

    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/flow-configs/BasicQueue"), LAZY_WAIT);
    const { version: _version, updatedAt: _at, updatedBy: _by, ...saved } = client.configs.get("BasicQueue") ?? {};
    expect(saved).toEqual({
      ...basicQueue(),
      timeZone: "America/Chicago",
      approval: "required",
      quickActions: [{ name: "Fire closure", patch: fireClosure().patch }],
    });
  });

  it("shows what it loaded and offers each variable once per action", async () => {
    await openShape(new InMemoryClient([safeChangeQueue()]));

    expect(screen.getByRole<HTMLInputElement>("combobox", { name: "Time zone" }).value).toBe("America/Chicago");
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: /^Require a second person's approval/ }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Description of quick action 1" }).value).toBe("The building is being evacuated");

    fireEvent.mouseDown(screen.getByRole("button", { name: /Variable 1 of Fire closure/ }));
    const offered = (await screen.findAllByRole("option")).map((option) => option.textContent);
    expect(offered.some((text) => text?.startsWith("ClosureOfferCallback"))).toBe(false);
    expect(offered.some((text) => text?.startsWith("Tier"))).toBe(true);
  });

  it("removes a quick action", async () => {
    const client = new InMemoryClient([safeChangeQueue()]);
    await openShape(client);

    fireEvent.click(screen.getByRole("button", { name: "Remove Fire closure" }));
    save();

    await waitFor(() => expect(client.configs.get("BasicQueue")?.version).toBe(2));
    expect(client.configs.get("BasicQueue")).not.toHaveProperty("quickActions");
  });

  it("refuses a zone that is not an IANA name before sending anything", async () => {
    const client = new InMemoryClient([basicQueue()]);
    await openShape(client);

    typeIn("combobox", "Time zone", "Central");
    save();

    expect(await screen.findByText("Time zone: must be an IANA time zone such as America/Chicago or UTC", {}, LAZY_WAIT)).toBeTruthy();
    expect(client.calls.some((call) => call.method === "replace")).toBe(false);
  });

  it("names the action and the entry a changed shape no longer allows", async () => {
    const client = new InMemoryClient([safeChangeQueue({ quickActions: [fireClosure({ patch: { variables: [{ name: "Tier", value: "silver" }], prompts: [] } })] })]);
    await openShape(client);

    typeIn("textbox", "Options of variable 4", "gold, bronze");
    save();

    // Beside the value, and in the flash that lists what to fix.
    await waitFor(() => expect(screen.getAllByText("Fire closure: Tier must be one of gold, bronze")).toHaveLength(2), LAZY_WAIT);
    expect(client.calls.some((call) => call.method === "replace")).toBe(false);
  });
});

describe("what an instance inherits", () => {
  it("shows its template's zone, approval and quick actions, not editable", async () => {
    const client = new InMemoryClient([fieldOffice({ timeZone: "America/Chicago", approval: "required", quickActions: [fireClosure({ patch: { variables: [{ name: "Open", value: "false" }], prompts: [] } })] }), anOffice()]);
    await openShape(client, "Office-Austin");

    expect(await screen.findByText("Inherited from template: America/Chicago")).toBeTruthy();
    expect(screen.getByText("Inherited from template: a second person approves every change")).toBeTruthy();
    expect(screen.getByText("Inherited from template: Fire closure")).toBeTruthy();
    expect(screen.queryByRole("combobox", { name: "Time zone" })).toBeNull();
  });

  it("says when an office keeps its own zone", async () => {
    await openShape(new InMemoryClient([fieldOffice({ timeZone: "America/Chicago" }), anOffice({ timeZone: "America/Denver" })]), "Office-Austin");

    expect(await screen.findByText("America/Denver, this office's own (the template's: America/Chicago)")).toBeTruthy();
  });
});

describe("business users", () => {
  it("see none of these editors", async () => {
    renderModule("/flow-configs/BasicQueue/shape", new InMemoryClient([safeChangeQueue()]), aSession(ROLE_GROUPS.business));

    const alert = await screen.findByText("Only admins define the shape of flow configs.");
    expect(within(alert.parentElement ?? alert).queryByRole("button")).toBeNull();
    expect(screen.queryByRole("combobox", { name: "Time zone" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Add quick action" })).toBeNull();
  });
});
