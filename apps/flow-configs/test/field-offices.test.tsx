import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { parseCsv } from "@flow-configs/model";
import { APPLY_CHUNK_SIZE } from "../src/pages/offices-csv";
import { InMemoryClient } from "./in-memory-client";
import { ROLE_GROUPS, aSession, anOffice, fieldOffice } from "./factories";
import { renderModule } from "./render-module";

const offices = () => new InMemoryClient([fieldOffice(), anOffice()]);

describe("an office, an instance of a template", () => {
  it("marks every entry inherited or overridden and resets an override to the template", async () => {
    const client = offices();
    renderModule("/flow-configs/Office-Austin", client, aSession(ROLE_GROUPS.business));
    const officeName = await screen.findByRole<HTMLInputElement>("textbox", { name: "OfficeName" });
    expect(officeName.value).toBe("Austin");
    expect(screen.getByText("overridden")).toBeTruthy();
    expect(screen.getAllByText("inherited")).toHaveLength(2);

    fireEvent.click(screen.getByRole("button", { name: "Reset OfficeName to template" }));
    expect(screen.getByText("reset to template on Save")).toBeTruthy();
    expect(client.calls.some((call) => call.method === "patchValues")).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Reset OfficeName to the template")).toBeTruthy();
    expect(client.calls.find((call) => call.method === "patchValues")?.args).toEqual(["Office-Austin", { variables: [], prompts: [], reset: ["OfficeName"] }, { ifMatch: '"1"' }]);
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>("textbox", { name: "OfficeName" }).value).toBe("Field office"));
    expect(screen.queryByText("overridden")).toBeNull();
  });

  it("offers no reset to a read-only user", async () => {
    renderModule("/flow-configs/Office-Austin", offices(), aSession(ROLE_GROUPS.readOnly));
    await screen.findByText("overridden");

    expect(screen.queryByRole("button", { name: /Reset .* to template/ })).toBeNull();
  });

  it("shows 'template missing' when the template was deleted under the office", async () => {
    const client = offices();
    client.deleteBehindTheScenes("FieldOffice");
    renderModule("/flow-configs/Office-Austin", client, aSession(ROLE_GROUPS.admin));

    expect(await screen.findByText("Template missing")).toBeTruthy();
    expect(screen.getByText(/template FieldOffice of flow config Office-Austin is missing/)).toBeTruthy();
  });
});

describe("new office from template", () => {
  it("creates an instance with its lookup keys and only the values that differ", async () => {
    const client = offices();
    renderModule("/flow-configs/FieldOffice/new-office", client, aSession(ROLE_GROUPS.admin));
    await screen.findByRole("heading", { name: "New office from FieldOffice" });
    // The heading shows while the template loads; the form follows it
    const officeId = await screen.findByRole("textbox", { name: "Office id" });

    fireEvent.change(officeId, { target: { value: "Office-Denver" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Lookup keys" }), { target: { value: "+13035550100 DEN" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Greeting voice" }), { target: { value: "Welcome to the Denver office" } });
    fireEvent.click(screen.getByRole("button", { name: "Create office" }));

    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/flow-configs/Office-Denver"));
    expect(client.configs.get("Office-Denver")).toMatchObject({
      templateId: "FieldOffice",
      lookupKeys: ["+13035550100", "DEN"],
      variables: [],
      prompts: [{ name: "Greeting", values: { "en-US": { voice: "Welcome to the Denver office" } } }],
    });
    expect(await screen.findByText("Created Office-Denver from FieldOffice")).toBeTruthy();
  });
});

describe("offices as CSV", () => {
  const manyOffices = (count: number) =>
    ["id,description,lookupKeys,OfficeName", ...Array.from({ length: count }, (_, index) => `Office-${index},,K${index},Name ${index}`), "Office-Bad,,AUS,"].join("\n");

  it("dry-runs a CSV, then applies it in chunks and reports every line", async () => {
    const client = offices();
    renderModule("/flow-configs/FieldOffice/offices", client, aSession(ROLE_GROUPS.admin));
    const csv = manyOffices(APPLY_CHUNK_SIZE + 20);

    fireEvent.change(await screen.findByRole("textbox", { name: "Offices CSV" }), { target: { value: csv } });
    fireEvent.click(screen.getByRole("button", { name: "Check (dry run)" }));
    const dryRun = await screen.findByRole("table", { name: "Dry run" });
    expect(within(dryRun).getByText("lookup key AUS belongs to Office-Austin")).toBeTruthy();
    expect(client.configs.has("Office-0")).toBe(false);

    fireEvent.click(screen.getByRole("button", { name: `Apply: write ${APPLY_CHUNK_SIZE + 20} offices` }));

    const result = await screen.findByRole("table", { name: "Result" });
    expect(screen.getByText(`${APPLY_CHUNK_SIZE + 20} create · 0 update · 0 unchanged · 1 error`)).toBeTruthy();
    const applies = client.calls.filter((call) => call.method === "importOfficesCsv" && call.args[2] === "apply");
    expect(applies.map((call) => parseCsv(String(call.args[1])).length - 1)).toEqual([APPLY_CHUNK_SIZE, 21]);
    // The failing row keeps its line in the whole file, not in its chunk.
    expect(within(result).getByText(String(APPLY_CHUNK_SIZE + 22))).toBeTruthy();
    expect(client.configs.get(`Office-${APPLY_CHUNK_SIZE + 19}`)?.templateId).toBe("FieldOffice");
    expect(screen.getByRole("button", { name: "Download result CSV" })).toBeTruthy();
  });

  /** Exports Austin, then Morgan renames it in the app: the export's row is stale. */
  async function exportThenLaterEdit() {
    const client = offices();
    const exported = await client.exportOfficesCsv("FieldOffice");
    const austin = client.configs.get("Office-Austin");
    if (austin) client.configs.set("Office-Austin", { ...austin, description: "Austin downtown", version: 2, updatedBy: "morgan", updatedAt: "2026-11-26T09:30:00.000Z" });
    const [header, row] = parseCsv(exported);
    const cells = [...(row?.cells ?? [])];
    cells[header?.cells.indexOf("Open") ?? -1] = "false";
    return { client, csv: [header?.cells.join(","), cells.join(",")].join("\n") };
  }

  async function dryRun(client: InMemoryClient, csv: string) {
    renderModule("/flow-configs/FieldOffice/offices", client, aSession(ROLE_GROUPS.admin));
    fireEvent.change(await screen.findByRole("textbox", { name: "Offices CSV" }), { target: { value: csv } });
    fireEvent.click(screen.getByRole("button", { name: "Check (dry run)" }));
    return screen.findByRole("table", { name: "Dry run" });
  }

  it("shows what each row changes, field by field, and flags a row whose office changed since the export", async () => {
    const { client, csv } = await exportThenLaterEdit();
    const table = await dryRun(client, csv);

    expect(within(table).getByText("changed since export")).toBeTruthy();
    expect(within(table).getByText(/changed since the export by morgan/)).toBeTruthy();
    const changes = within(table).getAllByText(/→/).map((change) => change.textContent);
    expect(changes).toEqual(["description: Austin downtown → Austin", "Open: (inherited) → false"]);
  });

  it("asks before overwriting a stale office, and skipping it writes nothing over the later edit", async () => {
    const { client, csv } = await exportThenLaterEdit();
    await dryRun(client, csv);

    fireEvent.click(screen.getByRole("button", { name: "Apply: write 1 office" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("1 office changed since the export")).toBeTruthy();
    expect(within(dialog).getByText(/Changed by morgan/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Skip them" }));

    const result = await screen.findByRole("table", { name: "Result" });
    expect(within(result).getByText(/not written/)).toBeTruthy();
    expect(client.configs.get("Office-Austin")).toMatchObject({ version: 2, description: "Austin downtown" });
  });

  it("overwrites a stale office once confirmed", async () => {
    const { client, csv } = await exportThenLaterEdit();
    await dryRun(client, csv);

    fireEvent.click(screen.getByRole("button", { name: "Apply: write 1 office" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Overwrite them" }));

    await screen.findByRole("table", { name: "Result" });
    expect(client.lastCall("importOfficesCsv")?.args[3]).toEqual({ confirmStale: ["Office-Austin"] });
    expect(client.configs.get("Office-Austin")).toMatchObject({ description: "Austin", variables: expect.arrayContaining([{ name: "Open", value: "false" }]) });
  });

  it("is for admins only", async () => {
    renderModule("/flow-configs/FieldOffice/offices", offices(), aSession(ROLE_GROUPS.business));

    expect(await screen.findByText("Only admins import and export offices.")).toBeTruthy();
  });
});
