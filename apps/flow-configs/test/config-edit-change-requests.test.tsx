import { GROUPS } from "@flow-configs/model/flow-configs-groups";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { InMemoryClient } from "./in-memory-client";
import { ROLE_GROUPS, aSession, basicQueue } from "./factories";
import { renderModule } from "./render-module";

const APPROVER = [GROUPS.approver];
const CLOSE = { variables: [{ name: "Closure", value: "true" }], prompts: [] };

/** BasicQueue requiring approval, with a pending request by `requester` (version 1 → 2) unless told otherwise. */
async function aQueueWaitingForApproval(requester: string | null = "morgan") {
  const client = new InMemoryClient([basicQueue({ approval: "required" })]);
  if (requester) {
    client.user = requester;
    await client.patchValues("BasicQueue", CLOSE, { ifMatch: 1 });
  }
  return client;
}

async function openAs(client: InMemoryClient, groups: readonly string[], username: string) {
  const session = aSession(groups, username);
  client.user = username;
  renderModule("/flow-configs/BasicQueue", client, session);
  await screen.findByRole("checkbox", { name: "Closure" });
}

const banner = () => screen.findByText(/^Change waiting for approval/);
const closureToggle = () => screen.getByRole<HTMLInputElement>("checkbox", { name: "Closure" });
const cellsOf = (table: HTMLElement) => within(table).getAllByRole("row").slice(1).map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));

describe("saving on a config that requires approval", () => {
  it("sends the change for approval instead of saving it, and shows it waiting for another person", async () => {
    const client = await aQueueWaitingForApproval(null);
    await openAs(client, ROLE_GROUPS.business, "morgan");

    fireEvent.click(closureToggle());
    fireEvent.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Sent for approval")).toBeTruthy();
    expect(screen.queryByText(/^Saved BasicQueue/)).toBeNull();
    expect(closureToggle().checked).toBe(false);
    expect(client.configs.get("BasicQueue")?.variables[0]?.value).toBe("false");
    expect((await banner()).textContent).toBe("Change waiting for approval, asked by you");
    expect(await screen.findByText("Waiting for approval by another person.")).toBeTruthy();
    expect(cellsOf(screen.getByRole("table", { name: "What morgan's request changes" }))).toEqual([["Closure", "false", "true"]]);
    expect(screen.queryByRole("button", { name: "Approve" })).toBeNull();
  });

  it("saves with the request's version next time, so a second change is not a conflict", async () => {
    const client = await aQueueWaitingForApproval(null);
    await openAs(client, ROLE_GROUPS.business, "morgan");
    fireEvent.click(closureToggle());
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText("Sent for approval");

    fireEvent.change(screen.getByRole("textbox", { name: "Greeting" }), { target: { value: "Hi" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(client.lastCall("patchValues")?.args[2]).toEqual({ ifMatch: '"2"' }));
    expect(await screen.findAllByText(/^Change waiting for approval/)).toHaveLength(2);
  });
});

describe("approving and rejecting", () => {
  it("lets an approver approve another person's request: the values change and the banner goes", async () => {
    const client = await aQueueWaitingForApproval("morgan");
    await openAs(client, APPROVER, "avery");

    expect((await banner()).textContent).toBe("Change waiting for approval, asked by morgan");
    fireEvent.click(screen.getByRole("button", { name: "Approve" }));

    expect(await screen.findByText("Approved morgan's change")).toBeTruthy();
    expect(screen.getByText(/Version 3 of BasicQueue: Closure: false → true/)).toBeTruthy();
    expect(client.lastCall("approveChangeRequest")?.args).toEqual(["BasicQueue", "r1", { ifMatch: '"2"' }]);
    expect(closureToggle().checked).toBe(true);
    await waitFor(() => expect(screen.queryByText(/^Change waiting for approval/)).toBeNull());
  });

  it("never offers Approve to the requester, even an admin", async () => {
    const client = await aQueueWaitingForApproval("alex");
    await openAs(client, ROLE_GROUPS.admin, "alex");

    await banner();
    expect(screen.getByText("Waiting for approval by another person.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Approve" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Reject" })).toBeNull();
  });

  it("shows a business user another person's request as waiting, with nothing to decide", async () => {
    const client = await aQueueWaitingForApproval("oscar");
    await openAs(client, ROLE_GROUPS.business, "morgan");

    await banner();
    expect(screen.getByText("Waiting for approval by an approver.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Approve" })).toBeNull();
  });

  it("rejects with a reason, asked for in a dialog that refuses an empty one", async () => {
    const client = await aQueueWaitingForApproval("morgan");
    await openAs(client, APPROVER, "avery");
    await banner();

    fireEvent.click(screen.getByRole("button", { name: "Reject" }));
    const dialog = await screen.findByRole("dialog", { name: "Reject morgan's change?" });
    const reject = within(dialog).getByRole<HTMLButtonElement>("button", { name: "Reject" });
    expect(reject.disabled).toBe(true);
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Reason" }), { target: { value: "Not during the sale" } });
    fireEvent.click(reject);

    expect(await screen.findByText("Rejected morgan's change")).toBeTruthy();
    expect(client.lastCall("rejectChangeRequest")?.args).toEqual(["BasicQueue", "r1", "Not during the sale", { ifMatch: '"2"' }]);
    expect(closureToggle().checked).toBe(false);
    await waitFor(() => expect(screen.queryByText(/^Change waiting for approval/)).toBeNull());
  });

  it("shows the API's 409 naming the entries changed since the request, and changes nothing", async () => {
    const client = await aQueueWaitingForApproval("morgan");
    client.saveBehindTheScenes("BasicQueue", { variables: [{ name: "Closure", value: "true" }], prompts: [] }, "riley");
    await openAs(client, APPROVER, "avery");
    await banner();

    fireEvent.click(screen.getByRole("button", { name: "Approve" }));

    expect(await screen.findByText("Could not approve this change")).toBeTruthy();
    expect(screen.getByText(/^Closure changed since morgan asked \(version 1\)/)).toBeTruthy();
    expect(client.configs.get("BasicQueue")?.version).toBe(3);
  });

  it("reloads when someone saved while the approver looked, so the approver decides on what is there now", async () => {
    const client = await aQueueWaitingForApproval("morgan");
    await openAs(client, APPROVER, "avery");
    await banner();
    client.saveBehindTheScenes("BasicQueue", { variables: [{ name: "Greeting", value: "Hi" }], prompts: [] }, "riley");

    fireEvent.click(screen.getByRole("button", { name: "Approve" }));

    expect(await screen.findByText("BasicQueue changed while you looked")).toBeTruthy();
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Greeting" }).value).toBe("Hi"));
    fireEvent.click(screen.getByRole("button", { name: "Approve" }));
    expect(await screen.findByText("Approved morgan's change")).toBeTruthy();
    expect(client.lastCall("approveChangeRequest")?.args[2]).toEqual({ ifMatch: '"3"' });
  });
});
