import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { InMemoryClient } from "./in-memory-client";
import { ROLE_GROUPS, aSession, basicQueue } from "./factories";
import { renderModule } from "./render-module";

const type = (name: string, value: string) => fireEvent.change(screen.getByRole("textbox", { name }), { target: { value } });

async function openCreate() {
  const client = new InMemoryClient([basicQueue()]);
  renderModule("/flow-configs/new", client, aSession(ROLE_GROUPS.admin));
  await screen.findByRole("heading", { name: "Create flow config" });
  return client;
}

describe("creating a config", () => {
  it("creates a config with a variable and a prompt in two languages", async () => {
    const client = await openCreate();

    type("Id", "HolidayQueue");
    type("Language to add", "es-US");
    fireEvent.click(screen.getByRole("button", { name: "Add language" }));
    fireEvent.click(screen.getByRole("button", { name: "Add variable" }));
    type("Name of variable 1", "Open");
    type("Value of variable 1", "yes");
    fireEvent.click(screen.getByRole("button", { name: "Add prompt" }));
    type("Prompt 1 name", "Greeting");
    type("Greeting voice", "Happy holidays");
    fireEvent.click(screen.getByRole("tab", { name: "es-US" }));
    type("Greeting voice", "Felices fiestas");
    fireEvent.click(screen.getByRole("button", { name: "Create config" }));

    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/flow-configs/HolidayQueue"));
    const created = client.configs.get("HolidayQueue");
    expect(created?.variables).toEqual([{ name: "Open", type: "string", value: "yes" }]);
    expect(created?.prompts).toEqual([{ name: "Greeting", values: { "en-US": { voice: "Happy holidays" }, "es-US": { voice: "Felices fiestas" } } }]);
    expect(await screen.findByText("Created HolidayQueue")).toBeTruthy();
  });

  it("creates a list when the admin chooses that kind", async () => {
    const client = await openCreate();

    type("Id", "vip-callers");
    fireEvent.click(within(screen.getByRole("toolbar", { name: "Kind" })).getByRole("button", { name: "List" }));
    fireEvent.click(screen.getByRole("button", { name: "Create config" }));

    await waitFor(() => expect(client.configs.get("vip-callers")).toMatchObject({ kind: "list", variables: [], prompts: [] }));
  });

  it("marks what the API would refuse before sending anything", async () => {
    const client = await openCreate();

    type("Id", "Duplicates");
    fireEvent.click(screen.getByRole("button", { name: "Add variable" }));
    type("Name of variable 1", "Welcome");
    fireEvent.click(screen.getByRole("button", { name: "Add prompt" }));
    type("Prompt 1 name", "Welcome");
    fireEvent.click(screen.getByRole("button", { name: "Create config" }));

    expect(await screen.findByText("Fix the marked fields")).toBeTruthy();
    expect(screen.getAllByText(/share one namespace/).length).toBeGreaterThan(0);
    expect(client.calls.some((call) => call.method === "create")).toBe(false);
  });

  it("marks an id the API would refuse", async () => {
    await openCreate();

    type("Id", "bad id!");
    fireEvent.click(screen.getByRole("button", { name: "Create config" }));

    expect((await screen.findAllByText(/must be 1–64 characters/)).length).toBeGreaterThanOrEqual(2);
  });

  it("is not offered to business users", async () => {
    renderModule("/flow-configs/new", new InMemoryClient([]), aSession(ROLE_GROUPS.business));
    const alert = await screen.findByText("Only admins define the shape of flow configs.");
    expect(within(alert.parentElement ?? alert).queryByRole("button")).toBeNull();
    expect(screen.queryByRole("button", { name: "Add variable" })).toBeNull();
  });
});

describe("editing the shape of a config", () => {
  it("adds a variable and replaces the config with If-Match", async () => {
    const client = new InMemoryClient([basicQueue()]);
    renderModule("/flow-configs/BasicQueue/shape", client, aSession(ROLE_GROUPS.admin));
    const id = await screen.findByRole<HTMLInputElement>("textbox", { name: "Id" });
    expect(id.value).toBe("BasicQueue");
    expect(id.readOnly).toBe(true);

    fireEvent.click(screen.getByRole("button", { name: "Add variable" }));
    type("Name of variable 6", "Holiday");
    type("Value of variable 6", "New Year");
    fireEvent.click(screen.getByRole("button", { name: "Save shape" }));

    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/flow-configs/BasicQueue"));
    const replace = client.calls.find((call) => call.method === "replace");
    expect(replace?.args[2]).toEqual({ ifMatch: '"1"' });
    expect(client.configs.get("BasicQueue")?.variables.map((variable) => variable.name)).toEqual([
      "Closure",
      "ClosureOfferCallback",
      "MaxWaitMinutes",
      "Tier",
      "Greeting",
      "Holiday",
    ]);
  });
});
