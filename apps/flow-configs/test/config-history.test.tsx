import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { InMemoryClient } from "./in-memory-client";
import { ROLE_GROUPS, aSession, basicQueue } from "./factories";
import { renderModule } from "./render-module";

/** BasicQueue at version 3: Closure turned on (2), then the Welcome text reworded (3). */
function changedTwice() {
  const client = new InMemoryClient([basicQueue()]);
  client.saveBehindTheScenes("BasicQueue", { variables: [{ name: "Closure", value: "true" }], prompts: [] }, "morgan");
  client.saveBehindTheScenes("BasicQueue", { variables: [], prompts: [{ name: "Welcome", values: { "en-US": { voice: "Thank you for calling the Austin office" } } }] }, "morgan");
  return client;
}

const selectVersion = (version: number) => fireEvent.click(screen.getByRole("checkbox", { name: `Version ${version}` }));

describe("history", () => {
  it("lists every version with who made it and what changed, newest first", async () => {
    renderModule("/flow-configs/BasicQueue/history", changedTwice(), aSession(ROLE_GROUPS.readOnly));

    const table = await screen.findByRole("table", { name: "Versions of BasicQueue" });
    await within(table).findByText("Closure: false → true");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual(["3", "2", "1"]);
    expect(within(rows[1] as HTMLElement).getByText("morgan")).toBeTruthy();
  });

  it("compares two versions side by side, the changed prompt text diffed word by word", async () => {
    renderModule("/flow-configs/BasicQueue/history", changedTwice(), aSession(ROLE_GROUPS.readOnly));
    await screen.findByText("Closure: false → true");

    selectVersion(1);
    selectVersion(3);
    fireEvent.click(screen.getByRole("button", { name: "Compare" }));

    const comparison = await screen.findByRole("table", { name: "Version 1 against version 3" });
    expect(within(comparison).getAllByText("changed")).toHaveLength(2);
    expect(within(comparison).getByLabelText("added: the Austin office")).toBeTruthy();
    expect(within(comparison).getByText("Closure")).toBeTruthy();
    expect(within(comparison).queryByText("Greeting")).toBeNull();
  });

  it("restores an old version as a new one after the admin confirms", async () => {
    const client = changedTwice();
    renderModule("/flow-configs/BasicQueue/history", client, aSession(ROLE_GROUPS.admin));
    await screen.findByText("Closure: false → true");

    selectVersion(1);
    fireEvent.click(screen.getByRole("button", { name: "Restore" }));
    const dialog = await screen.findByRole("dialog", { name: "Restore version 1 of BasicQueue?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Restore" }));

    expect(await screen.findByText("Restored version 1 of BasicQueue")).toBeTruthy();
    expect(client.calls.find((call) => call.method === "restore")?.args).toEqual(["BasicQueue", 1, { ifMatch: 3 }]);
    expect(client.configs.get("BasicQueue")).toMatchObject({ version: 4 });
    expect(client.configs.get("BasicQueue")?.variables[0]?.value).toBe("false");
    expect(await screen.findByText(/^Restored from version 1: /)).toBeTruthy();
  });

  it("offers no restore to a business user", async () => {
    renderModule("/flow-configs/BasicQueue/history", changedTwice(), aSession(ROLE_GROUPS.business));
    await screen.findByText("Closure: false → true");

    expect(screen.queryByRole("button", { name: "Restore" })).toBeNull();
  });

  it("brings a deleted config back from its history without If-Match", async () => {
    const client = changedTwice();
    await client.remove("BasicQueue", { ifMatch: 3 });
    renderModule("/flow-configs/BasicQueue/history", client, aSession(ROLE_GROUPS.admin));
    await screen.findByText(/BasicQueue is deleted/);

    selectVersion(3);
    fireEvent.click(screen.getByRole("button", { name: "Restore" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Restore" }));

    await waitFor(() => expect(client.configs.get("BasicQueue")?.version).toBe(5));
    expect(client.calls.find((call) => call.method === "restore")?.args).toEqual(["BasicQueue", 3, {}]);
  });

  it("says so when the API does not know the version", async () => {
    const client = changedTwice();
    renderModule("/flow-configs/BasicQueue/history", client, aSession(ROLE_GROUPS.admin));
    await screen.findByText("Closure: false → true");
    client.failNext = new (await import("@flow-configs/api-client")).ApiError(404, "NotFound", "BasicQueue has no version 2", [], null);

    selectVersion(2);
    fireEvent.click(screen.getByRole("button", { name: "Restore" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Restore" }));

    expect(await screen.findByText("BasicQueue has no version 2")).toBeTruthy();
  });

  it("shows the newest 20 versions, then the older ones on request", async () => {
    const client = new InMemoryClient([basicQueue()]);
    for (let change = 0; change < 24; change += 1) {
      client.saveBehindTheScenes("BasicQueue", { variables: [{ name: "Closure", value: change % 2 === 0 ? "true" : "false" }], prompts: [] }, "morgan");
    }
    renderModule("/flow-configs/BasicQueue/history", client, aSession(ROLE_GROUPS.readOnly));

    const table = await screen.findByRole("table", { name: "Versions of BasicQueue" });
    await waitFor(() => expect(within(table).getAllByRole("rowheader")).toHaveLength(20));
    expect(screen.getByText("(20+)")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Show older versions" }));

    await waitFor(() => expect(within(table).getAllByRole("rowheader").map((cell) => cell.textContent)).toEqual(Array.from({ length: 25 }, (_, index) => String(25 - index))));
    expect(screen.getByText("(25)")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Show older versions" })).toBeNull();
    expect(client.calls.filter((call) => call.method === "history").map((call) => call.args)).toEqual([
      ["BasicQueue", { limit: 20, cursor: null }],
      ["BasicQueue", { limit: 20, cursor: "6" }],
    ]);
  });
});
