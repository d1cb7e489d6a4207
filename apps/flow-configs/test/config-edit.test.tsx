import { ApiError } from "@flow-configs/api-client";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { InMemoryClient, offline } from "./in-memory-client";
import { ROLE_GROUPS, aSession, basicQueue } from "./factories";
import { renderModule } from "./render-module";

async function openBasicQueue(groups: readonly string[]) {
  const session = aSession(groups);
  const client = new InMemoryClient([basicQueue()], () => session.getIdToken());
  renderModule("/flow-configs/BasicQueue", client, session);
  await screen.findByRole("checkbox", { name: "Closure" });
  return { client, session };
}

const closureToggle = () => screen.getByRole<HTMLInputElement>("checkbox", { name: "Closure" });
const saveButton = () => screen.getByRole("button", { name: "Save" });

describe("editing values", () => {
  it("shows each variable with a control for its type", async () => {
    await openBasicQueue(ROLE_GROUPS.business);

    expect(closureToggle().checked).toBe(false);
    expect(screen.getByRole<HTMLInputElement>("spinbutton", { name: "MaxWaitMinutes" }).value).toBe("10");
    expect(screen.getByRole("button", { name: /^Tier/ }).textContent).toContain("gold");
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Greeting" }).value).toBe("Hello");
    expect(screen.getByRole("tab", { name: "en-US (default)" })).toBeTruthy();
    expect(screen.getByRole<HTMLTextAreaElement>("textbox", { name: "Welcome voice" }).value).toBe("Thank you for calling");
  });

  it("flips Closure and saves only that value with If-Match", async () => {
    const { client } = await openBasicQueue(ROLE_GROUPS.business);

    fireEvent.click(closureToggle());
    fireEvent.click(saveButton());

    expect(await screen.findByText("Saved BasicQueue")).toBeTruthy();
    const patch = client.calls.find((call) => call.method === "patchValues");
    expect(patch?.args).toEqual(["BasicQueue", { variables: [{ name: "Closure", value: "true" }], prompts: [] }, { ifMatch: '"1"' }]);
    expect(client.configs.get("BasicQueue")?.variables[0]?.value).toBe("true");
    expect(closureToggle().checked).toBe(true);
  });

  it("flips Closure once from a tap beside the toggle, inside its thumb-size target, and once from the toggle itself", async () => {
    await openBasicQueue(ROLE_GROUPS.business);
    const target = closureToggle().closest<HTMLElement>("[data-thumb-target]");

    expect(target?.style.minHeight).toBe("44px");
    fireEvent.click(target as HTMLElement);
    expect(closureToggle().checked).toBe(true);
    fireEvent.click(closureToggle());
    expect(closureToggle().checked).toBe(false);
  });

  it("does not flip a read-only user's toggle from its thumb-size target", async () => {
    await openBasicQueue(ROLE_GROUPS.readOnly);

    fireEvent.click(closureToggle().closest<HTMLElement>("[data-thumb-target]") as HTMLElement);
    expect(closureToggle().checked).toBe(false);
  });

  it("marks an empty number and an empty required text inline and sends nothing", async () => {
    const { client } = await openBasicQueue(ROLE_GROUPS.business);

    fireEvent.change(screen.getByRole("spinbutton", { name: "MaxWaitMinutes" }), { target: { value: "" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Greeting" }), { target: { value: "" } });

    expect(screen.getByText(/must be a number/)).toBeTruthy();
    expect(screen.getByText("Enter a value")).toBeTruthy();
    fireEvent.click(saveButton());
    expect(await screen.findByText("Fix the marked values first")).toBeTruthy();
    expect(client.calls.some((call) => call.method === "patchValues")).toBe(false);
  });

  it("keeps the edits on a network failure and saves them on Retry", async () => {
    const { client } = await openBasicQueue(ROLE_GROUPS.business);
    fireEvent.click(closureToggle());
    client.failNext = offline();

    fireEvent.click(saveButton());

    expect(await screen.findByText("Could not reach the Flow Configs API")).toBeTruthy();
    expect(closureToggle().checked).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByText("Saved BasicQueue")).toBeTruthy();
    expect(client.configs.get("BasicQueue")?.variables[0]?.value).toBe("true");
  });

  it("asks to sign in when the session expired, keeps the edits, and saves after signing in", async () => {
    const { client, session } = await openBasicQueue(ROLE_GROUPS.business);
    fireEvent.click(closureToggle());
    session.expire();

    fireEvent.click(saveButton());

    expect(await screen.findByText("Your session has expired")).toBeTruthy();
    expect(closureToggle().checked).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("Saved BasicQueue")).toBeTruthy();
    expect(session.signIns).toBe(1);
    expect(client.configs.get("BasicQueue")?.variables[0]?.value).toBe("true");
  });
});

describe("a conflict (412)", () => {
  it("shows what changed on the server and reapplies the user's edits on top", async () => {
    const { client } = await openBasicQueue(ROLE_GROUPS.business);
    fireEvent.click(closureToggle());
    client.saveBehindTheScenes("BasicQueue", { variables: [{ name: "MaxWaitMinutes", value: "20" }], prompts: [] });

    fireEvent.click(saveButton());

    const dialog = await screen.findByRole("dialog", { name: "Changed on the server" });
    expect(within(dialog).getByText("MaxWaitMinutes · value")).toBeTruthy();
    expect(within(dialog).getByText("20")).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Reapply my edits" }));

    expect(closureToggle().checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>("spinbutton", { name: "MaxWaitMinutes" }).value).toBe("20");
    fireEvent.click(saveButton());
    expect(await screen.findByText("Saved BasicQueue")).toBeTruthy();
    const saved = client.configs.get("BasicQueue");
    expect(saved?.version).toBe(3);
    expect(saved?.variables.map((variable) => variable.value).slice(0, 3)).toEqual(["true", "false", "20"]);
  });
});

describe("who may change what", () => {
  it("gives a read-only user no Save and no editable control", async () => {
    await openBasicQueue(ROLE_GROUPS.readOnly);

    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
    expect(closureToggle().disabled).toBe(true);
    expect(screen.getByRole("textbox", { name: "Greeting" }).hasAttribute("readonly")).toBe(true);
  });

  it("gives a business user no shape or delete controls", async () => {
    await openBasicQueue(ROLE_GROUPS.business);

    expect(screen.queryByRole("button", { name: "Delete" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Edit shape" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Add|Remove/ })).toBeNull();
  });

  it("lets an admin delete after typing the id", async () => {
    const { client } = await openBasicQueue(ROLE_GROUPS.admin);

    fireEvent.click(screen.getByRole("button", { name: "More actions" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Delete" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete BasicQueue?" });
    const confirm = within(dialog).getByRole("button", { name: "Delete" });
    expect(confirm.hasAttribute("disabled") || confirm.getAttribute("aria-disabled") === "true").toBe(true);
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Config id to confirm" }), { target: { value: "BasicQueue" } });
    fireEvent.click(confirm);

    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/flow-configs"));
    expect(await screen.findByText("Deleted BasicQueue")).toBeTruthy();
    expect(client.configs.has("BasicQueue")).toBe(false);
  });
});

describe("size meters", () => {
  it("warns once a prompt grows past 75 % of the 32 KB response", async () => {
    await openBasicQueue(ROLE_GROUPS.business);
    expect(screen.getByText(/Within the 32\.0 KB limit/)).toBeTruthy();

    fireEvent.change(screen.getByRole("textbox", { name: "Welcome voice" }), { target: { value: "x".repeat(26_000) } });

    expect(screen.getByText(/Over 75 % of the 32\.0 KB limit/)).toBeTruthy();
  });
});

describe("the editing state", () => {
  const bar = () => screen.getByRole("region", { name: "Unsaved changes" });

  it("counts unsaved changes in the action bar, and Discard puts every value back", async () => {
    await openBasicQueue(ROLE_GROUPS.business);
    expect(screen.queryByRole("region", { name: "Unsaved changes" })).toBeNull();

    fireEvent.click(closureToggle());
    fireEvent.change(screen.getByRole("textbox", { name: "Welcome voice" }), { target: { value: "Hello there" } });

    expect(within(bar()).getByText("2 unsaved changes")).toBeTruthy();
    fireEvent.click(within(bar()).getByRole("button", { name: "Discard" }));
    expect(closureToggle().checked).toBe(false);
    expect(screen.getByRole<HTMLTextAreaElement>("textbox", { name: "Welcome voice" }).value).toBe("Thank you for calling");
    expect(screen.queryByRole("region", { name: "Unsaved changes" })).toBeNull();
  });

  it("keeps Save off, saying why, while a response would be over Connect's 32 KB", async () => {
    const { client } = await openBasicQueue(ROLE_GROUPS.business);

    fireEvent.change(screen.getByRole("textbox", { name: "Welcome voice" }), { target: { value: "x".repeat(40_000) } });

    const save = within(bar()).getByRole("button", { name: "Save" });
    expect(save.hasAttribute("disabled") || save.getAttribute("aria-disabled") === "true").toBe(true);
    expect(within(bar()).getByText(/Save is off: getConfig's en-US voice response would be over 32 KB/)).toBeTruthy();
    expect(screen.getByText(/Over the 32\.0 KB limit: Save is off until texts are shorter/)).toBeTruthy();
    fireEvent.click(save);
    expect(client.calls.some((call) => call.method === "patchValues")).toBe(false);
  });

  it("marks the language tab whose text is wrong, and a refused save opens it and focuses the field", async () => {
    const { client } = await openBasicQueue(ROLE_GROUPS.business);
    fireEvent.click(screen.getByRole("tab", { name: "es-US" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Welcome voice" }), { target: { value: "<speak>Gracias" } });
    fireEvent.click(screen.getByRole("tab", { name: /^en-US/ }));

    expect(screen.getByRole("tab", { name: "es-US has errors" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "en-US (default)" })).toBeTruthy();
    fireEvent.click(saveButton());

    expect(await screen.findByText("Fix the marked values first")).toBeTruthy();
    await waitFor(() => expect(screen.getByRole("tab", { name: "es-US has errors" }).getAttribute("aria-selected")).toBe("true"));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Welcome voice" })));
    expect(client.calls.some((call) => call.method === "patchValues")).toBe(false);
  });

  it("says what the API refused by the entry's name and marks that field", async () => {
    const { client } = await openBasicQueue(ROLE_GROUPS.business);
    await screen.findByText(/bytes of the 32 KB Lambda response limit/);
    fireEvent.change(screen.getByRole("textbox", { name: "Greeting" }), { target: { value: "Howdy" } });
    const refusal = 'must be one of "Hello", "Hi", not "Howdy"';
    client.failNext = new ApiError(400, "InvalidInput", `variables[0].value: ${refusal}`, [{ path: "variables[0].value", message: refusal }], null);

    fireEvent.click(saveButton());

    expect(await screen.findByText("Greeting: choose one of Hello, Hi. Nothing was saved.")).toBeTruthy();
    expect(screen.getByText("choose one of Hello, Hi")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Greeting" })));
  });
});
