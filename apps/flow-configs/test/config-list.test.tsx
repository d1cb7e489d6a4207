import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SERVER_PAGE_SIZE } from "../src/api/use-config-pages";
import { InMemoryClient, offline } from "./in-memory-client";
import { ROLE_GROUPS, aSession, basicQueue } from "./factories";
import { renderModule } from "./render-module";

const offices = (count: number) =>
  Array.from({ length: count }, (_, index) => basicQueue({ id: `Office-${String(index).padStart(4, "0")}`, description: `Field office ${index}`, lookupKeys: [] }));

function openList(groups: readonly string[], client: InMemoryClient) {
  const session = aSession(groups);
  renderModule("/flow-configs", client, session);
  return client;
}

describe("the config list", () => {
  it("lists configs with links to each", async () => {
    openList(ROLE_GROUPS.business, new InMemoryClient([basicQueue()]));

    const link = await screen.findByRole("link", { name: "BasicQueue" });
    expect(link.getAttribute("href")).toBe("/flow-configs/BasicQueue");
    fireEvent.click(link);
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/flow-configs/BasicQueue"));
  });

  it("fetches the next server page only when paging past what is loaded", async () => {
    const client = openList(ROLE_GROUPS.business, new InMemoryClient(offices(SERVER_PAGE_SIZE + 30)));
    await screen.findByRole("link", { name: "Office-0000" });
    expect(client.calls.filter((call) => call.method === "list")).toHaveLength(1);

    for (let page = 1; page < SERVER_PAGE_SIZE / 20; page += 1) fireEvent.click(screen.getByRole("button", { name: "Next page" }));
    await screen.findByRole("link", { name: "Office-0080" });
    expect(client.calls.filter((call) => call.method === "list")).toHaveLength(1);

    fireEvent.click(screen.getByRole("button", { name: "Next page" }));

    await screen.findByRole("link", { name: "Office-0100" });
    const lists = client.calls.filter((call) => call.method === "list");
    expect(lists).toHaveLength(2);
    expect(lists[1]?.args[0]).toMatchObject({ cursor: String(SERVER_PAGE_SIZE) });
  });

  it("asks the server to filter by id or description", async () => {
    const client = openList(ROLE_GROUPS.business, new InMemoryClient([basicQueue(), ...offices(3)]));
    await screen.findByRole("link", { name: "BasicQueue" });

    fireEvent.change(screen.getByRole("searchbox", { name: "Filter configs" }), { target: { value: "Field office 2" } });

    await waitFor(() => expect(client.lastCall("list")?.args[0]).toMatchObject({ q: "Field office 2" }));
    await waitFor(() => expect(screen.queryByRole("link", { name: "BasicQueue" })).toBeNull());
    expect(screen.getByRole("link", { name: "Office-0002" })).toBeTruthy();
  });

  it("offers Create config to admins only", async () => {
    openList(ROLE_GROUPS.admin, new InMemoryClient([basicQueue()]));
    expect(await screen.findByRole("button", { name: "Create config" })).toBeTruthy();
  });

  it("shows no create button to business users", async () => {
    openList(ROLE_GROUPS.business, new InMemoryClient([basicQueue()]));
    await screen.findByRole("link", { name: "BasicQueue" });
    expect(screen.queryByRole("button", { name: "Create config" })).toBeNull();
  });

  it("says so when there are no configs", async () => {
    openList(ROLE_GROUPS.readOnly, new InMemoryClient([]));
    expect(await screen.findByText("No flow configs")).toBeTruthy();
  });

  it("shows an error with a retry when the API cannot be reached", async () => {
    const client = new InMemoryClient([basicQueue()]);
    client.failNext = offline();
    openList(ROLE_GROUPS.business, client);

    expect(await screen.findByText("Could not reach the Flow Configs API")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("link", { name: "BasicQueue" })).toBeTruthy();
  });
});
