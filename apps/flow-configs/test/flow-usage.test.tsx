import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { InMemoryClient } from "./in-memory-client";
import { ROLE_GROUPS, aSession, basicQueue } from "./factories";
import { aFlow } from "./flow-sources";
import { renderModule } from "./render-module";

function clientWithFlows() {
  const client = new InMemoryClient([basicQueue(), basicQueue({ id: "Quiet", lookupKeys: [] })]);
  client.flows = [
    aFlow("Main inbound", { id: "BasicQueue" }, ["Closure", "Welcome"]),
    aFlow("Holiday line", { id: "BasicQueue" }, ["HolidayMessage"]),
    aFlow("By dialed number", {}, ["Greeting"]),
  ];
  return client;
}

// The first config page of a file also loads its modules: on a shared machine that outlasts the default wait.
const usedByTable = () => screen.findByRole("table", { name: "Contact flows that use this config" }, { timeout: 20_000 });

describe("Used by", () => {
  it("lists the flows that read the config, what each reads, dynamic uses and broken references", async () => {
    renderModule("/flow-configs/BasicQueue", clientWithFlows(), aSession(ROLE_GROUPS.readOnly));
    const table = await usedByTable();
    const row = (name: string) => within(table).getByRole("rowheader", { name: new RegExp(name) }).closest("tr") as HTMLElement;
    expect(within(row("Main inbound")).getByText("Closure, Welcome")).toBeTruthy();
    expect(within(row("By dialed number")).getByText("dynamic")).toBeTruthy();
    expect(within(row("Holiday line")).getByText("Not defined: HolidayMessage")).toBeTruthy();
    expect(screen.getByText(/One flow reads names this config does not define/)).toBeTruthy();
  });

  it("asks the API to read the flows again on refresh", async () => {
    const client = clientWithFlows();
    renderModule("/flow-configs/BasicQueue", client, aSession(ROLE_GROUPS.readOnly));
    await usedByTable();
    fireEvent.click(screen.getByRole("button", { name: "Refresh the flows" }));
    await waitFor(() => expect(client.lastCall("usage")?.args).toEqual(["BasicQueue", { refresh: true }]));
  });
});

describe("guards", () => {
  it("names the flows a delete would break and deletes only after an explicit confirm, with force", async () => {
    const client = clientWithFlows();
    renderModule("/flow-configs/BasicQueue", client, aSession(ROLE_GROUPS.admin));
    await usedByTable();
    fireEvent.click(screen.getByRole("button", { name: "More actions" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Delete" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete BasicQueue?" });
    const flows = within(dialog).getByRole("table", { name: "Contact flows that would break" });
    expect(within(flows).getAllByRole("rowheader").map((cell) => cell.textContent)).toEqual(["Holiday line", "Main inbound"]);
    expect(within(flows).getAllByText("calls getConfig with id BasicQueue")).toHaveLength(2);
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Config id to confirm" }), { target: { value: "BasicQueue" } });
    const confirm = within(dialog).getByRole("button", { name: "Delete" });
    expect(confirm.hasAttribute("disabled")).toBe(true);
    fireEvent.click(within(dialog).getByRole("checkbox", { name: /Go ahead/ }));
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/flow-configs"));
    expect(client.lastCall("remove")?.args).toEqual(["BasicQueue", { ifMatch: '"1"', force: true }]);
  });

  it("lists the flows a shape change would break and saves it only when the admin saves anyway", async () => {
    const client = clientWithFlows();
    renderModule("/flow-configs/BasicQueue/shape", client, aSession(ROLE_GROUPS.admin));
    const name = await screen.findByDisplayValue("Welcome");
    fireEvent.change(name, { target: { value: "WelcomeText" } });
    fireEvent.click(screen.getByRole("button", { name: "Save shape" }));
    const dialog = await screen.findByRole("dialog", { name: "Save the shape of BasicQueue?" });
    expect(within(dialog).getByText("Main inbound")).toBeTruthy();
    expect(within(dialog).getByText("reads Welcome")).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("checkbox", { name: /Go ahead/ }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Save anyway" }));
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/flow-configs/BasicQueue"));
    expect(client.lastCall("replace")?.args[2]).toMatchObject({ force: true });
  });
});

describe("the list", () => {
  it("marks the configs no flow uses, from one summary call for the page", async () => {
    const client = clientWithFlows();
    renderModule("/flow-configs", client, aSession(ROLE_GROUPS.readOnly));
    expect(await screen.findByText("Unused")).toBeTruthy();
    expect(screen.getByText("2 flows")).toBeTruthy();
    expect(client.calls.filter((call) => call.method === "usageSummary")).toHaveLength(1);
    expect(client.lastCall("usageSummary")?.args).toEqual([["BasicQueue", "Quiet"]]);
  });
});
