import { describe, expect, it } from "vitest";
import { formatCsv, officeRowsToCsv, officesToCsv, parseCsv, planOfficesCsv, type FlowConfigBody, type InstanceBody, type StoredConfig } from "../src";
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
    const csv = officesToCsv(template as FlowConfigBody, [austinOffice() as InstanceBody]);
    const [head, austin] = parseCsv(csv);
    expect(head?.cells.join(",")).toBe(header);
    expect(austin?.cells).toEqual(["Office-Austin", "Austin field office", "+15125550100 AUS", "Austin", "", "", "Welcome to the Austin office.", "", "", ""]);
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
    const csv = officesToCsv(template as FlowConfigBody, [office as InstanceBody]);
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
