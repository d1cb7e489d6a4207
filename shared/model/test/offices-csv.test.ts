import { describe, expect, it } from "vitest";
import { formatCsv, officeRowsToCsv, officesToCsv, parseCsv, planOfficesCsv, refuseUnconfirmedStale, type FlowConfigBody, type StoredConfig } from "../src";
import { austinOffice, fieldOfficeTemplate } from "./factories";

const template = fieldOfficeTemplate();
const header = "id,description,lookupKeys,OfficeName,OfficeOpen,Region,OfficeGreeting [en-US],OfficeGreeting [en-US chat],OfficeGreeting [es-US],OfficeGreeting [es-US chat]";

function plan(text: string, existing: StoredConfig[] = [], lookupOwners: [string, string][] = []) {
  return planOfficesCsv(text, {
    template,
    existing: new Map(existing.map((config) => [config.id, config])),
    lookupOwners: new Map(lookupOwners),
  }).rows;
}

describe("CSV", () => {
  it("round-trips quotes, commas and newlines, keeping each record's line", () => {
    const text = formatCsv([["a", 'say "hi"'], ["b,c", "two\nlines"], ["d", "e"]]);
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ["a", 'say "hi"'] },
      { line: 2, cells: ["b,c", "two\nlines"] },
      { line: 4, cells: ["d", "e"] },
    ]);
  });
});

describe("offices as CSV", () => {
  it("exports one column per variable and prompt language, empty when inherited", () => {
    const csv = officesToCsv(template as FlowConfigBody, [austinOffice()]);
    const [head, austin] = parseCsv(csv);
    expect(head?.cells.join(",")).toBe(header.replace("id,", "id,version,"));
    expect(austin?.cells).toEqual(["Office-Austin", "1", "Austin field office", "+15125550100 AUS", "Austin", "", "", "Welcome to the Austin office.", "", "", ""]);
  });

  it("plans create, update and unchanged rows from an export", () => {
    const csv = `${header}\nOffice-Austin,Austin field office,+15125550100 AUS,Austin,,,Welcome to the Austin office.,,,\nOffice-Boston,,BOS,Boston,false,East,,,,\nOffice-Austin2,,,Austin 2,,,,,,`;
    const rows = plan(csv, [austinOffice()]);
    expect(rows.map((row) => [row.line, row.id, row.action])).toEqual([
      [2, "Office-Austin", "unchanged"],
      [3, "Office-Boston", "create"],
      [4, "Office-Austin2", "create"],
    ]);
    expect(rows[1]?.input).toEqual({
      id: "Office-Boston",
      description: "",
      templateId: "FieldOffice",
      variables: [
        { name: "OfficeName", value: "Boston" },
        { name: "OfficeOpen", value: "false" },
        { name: "Region", value: "East" },
      ],
      prompts: [],
      lookupKeys: ["BOS"],
    });
  });

  it("finds an office unchanged whatever the order its overrides were made in", () => {
    const office = austinOffice({ variables: [{ name: "Region", value: "East" }, { name: "OfficeName", value: "Austin" }] });
    const csv = officesToCsv(template as FlowConfigBody, [office]);
    expect(plan(csv, [office])[0]?.action).toBe("unchanged");
  });

  it("reports a bad row with its line and reason and harms no other row", () => {
    const csv = [
      `${header},Mystery`,
      "Office-A,,,A,,,,,,,",
      "Office-B,,,B,maybe,,,,,,",
      "Office-A,,,A again,,,,,,,",
      "Office-C,,AUS,C,,,,,,,",
      "Office-D,,,D,,,,,,,surprise",
    ].join("\n");
    const rows = plan(csv, [], [["AUS", "Office-Austin"]]);
    expect(rows.map((row) => [row.line, row.action])).toEqual([
      [2, "create"],
      [3, "error"],
      [4, "error"],
      [5, "error"],
      [6, "error"],
    ]);
    expect(rows[1]?.reasons[0]).toContain('OfficeOpen must be "true" or "false"');
    expect(rows[2]?.reasons[0]).toBe("id Office-A is also on line 2");
    expect(rows[3]?.reasons[0]).toBe("lookup key AUS belongs to Office-Austin");
    expect(rows[4]?.reasons[0]).toContain('column "Mystery"');
  });

  it("refuses to turn a config that is not an instance of the template into one", () => {
    const standalone = { ...template, id: "Office-X" } as StoredConfig;
    expect(plan(`${header}\nOffice-X,,,X,,,,,,`, [standalone])[0]?.reasons).toEqual(["Office-X exists and is not an instance of FieldOffice"]);
  });

  it("writes the import result as a downloadable CSV", () => {
    expect(officeRowsToCsv([{ line: 3, id: "Office-B", action: "error", reasons: ["a", "b"] }])).toBe("line,id,result,reasons\r\n3,Office-B,error,a; b\r\n");
  });
});

describe("an offices import says what it changes and what changed since the export", () => {
  const exported = (office: StoredConfig) => officesToCsv(template as FlowConfigBody, [office]);
  const edited = (office: StoredConfig, column: string, value: string) => {
    const [head, row] = parseCsv(exported(office));
    const cells = [...(row?.cells ?? [])];
    cells[head?.cells.indexOf(column) ?? -1] = value;
    return formatCsv([head?.cells ?? [], cells]);
  };
  const laterEdit = (office: StoredConfig): StoredConfig => ({ ...office, version: 2, updatedAt: "2026-11-26T09:30:00.000Z", updatedBy: "morgan" });

  it("lists each changed field with its stored and new value", () => {
    const csv = edited(austinOffice(), "OfficeName", "Austin South");
    const [row] = plan(csv.replace(",,,Welcome", ",true,,Welcome"), [austinOffice()]);
    expect(row).toMatchObject({ action: "update", stale: false, reasons: [] });
    expect(row?.changes).toEqual([
      { field: "OfficeName", from: "Austin", to: "Austin South" },
      { field: "OfficeOpen", from: "", to: "true" },
    ]);
  });

  it("lists what a new office sets", () => {
    const [row] = plan(`${header}\nOffice-Boston,,BOS,Boston,,,,,,`);
    expect(row?.changes).toEqual([
      { field: "lookupKeys", from: "", to: "BOS" },
      { field: "OfficeName", from: "", to: "Boston" },
    ]);
  });

  it("flags a row whose office changed since the export, naming who and when", () => {
    const csv = edited(austinOffice(), "OfficeName", "Austin South");
    const [row] = plan(csv, [laterEdit(austinOffice())]);
    expect(row).toMatchObject({ action: "update", stale: true, exportedVersion: 1, current: { version: 2, updatedBy: "morgan", updatedAt: "2026-11-26T09:30:00.000Z" } });
    expect(row?.reasons).toEqual(["changed since the export by morgan at 2026-11-26T09:30:00.000Z: the CSV has version 1, the office is at version 2"]);
  });

  it("does not flag a row exported at the office's version", () => {
    expect(plan(edited(austinOffice(), "OfficeName", "Austin South"), [austinOffice()])[0]?.stale).toBe(false);
  });

  it("flags a row whose office was deleted since the export", () => {
    const [row] = plan(exported(austinOffice()), []);
    expect(row).toMatchObject({ action: "create", stale: true, reasons: [expect.stringContaining("deleted since the export")] });
  });

  it("checks no version for a row without one: no version column, or an empty cell", () => {
    expect(plan(`${header}\nOffice-Austin,Austin field office,+15125550100 AUS,Austin East,,,,,,`, [laterEdit(austinOffice())])[0]?.stale).toBe(false);
    expect(plan(edited(austinOffice(), "version", ""), [laterEdit(austinOffice())])[0]).toMatchObject({ stale: false, action: "unchanged" });
  });

  it("refuses a version that is not a number", () => {
    expect(plan(edited(austinOffice(), "version", "v1"), [austinOffice()])[0]).toMatchObject({ action: "error", reasons: [expect.stringContaining('version "v1"')] });
  });

  it("does not flag an unchanged row, whatever its version", () => {
    expect(plan(exported(austinOffice()), [laterEdit(austinOffice())])[0]).toMatchObject({ action: "unchanged", stale: false });
  });

  it("writes a stale row on apply only when the request confirms it", () => {
    const rows = planOfficesCsv(edited(austinOffice(), "OfficeName", "Austin South"), {
      template,
      existing: new Map([["Office-Austin", laterEdit(austinOffice())]]),
      lookupOwners: new Map(),
    }).rows;
    const [refused] = refuseUnconfirmedStale(rows, new Set());
    expect(refused).toMatchObject({ action: "error", stale: true, reasons: [expect.stringContaining("changed since the export"), expect.stringContaining("confirm")] });
    expect(refused?.input).toBeUndefined();
    expect(refuseUnconfirmedStale(rows, new Set(["Office-Austin"]))[0]).toMatchObject({ action: "update", input: expect.objectContaining({ id: "Office-Austin" }) });
  });

  it("keeps what a CSV cannot carry, and the columns it leaves out", () => {
    const office = austinOffice({ timeZone: "America/Chicago", variables: [{ name: "OfficeName", value: "Austin", note: "since 2019" }] });
    expect(plan(exported(office), [office])[0]?.action).toBe("unchanged");
    const [row] = plan("id,OfficeOpen\nOffice-Austin,false", [office]);
    expect(row?.changes).toEqual([{ field: "OfficeOpen", from: "", to: "false" }]);
    expect(row?.input).toMatchObject({
      timeZone: "America/Chicago",
      description: "Austin field office",
      lookupKeys: ["+15125550100", "AUS"],
      variables: [{ name: "OfficeName", value: "Austin", note: "since 2019" }, { name: "OfficeOpen", value: "false" }],
      prompts: [{ name: "OfficeGreeting", values: { "en-US": { voice: "Welcome to the Austin office." } } }],
    });
  });

  it("drops an override whose cell is emptied", () => {
    const [row] = plan(edited(austinOffice(), "OfficeGreeting [en-US]", ""), [austinOffice()]);
    expect(row?.changes).toEqual([{ field: "OfficeGreeting [en-US]", from: "Welcome to the Austin office.", to: "" }]);
    expect(row?.input?.prompts).toEqual([]);
  });
});
