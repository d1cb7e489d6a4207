import { describe, expect, it } from "vitest";
import { parseCsv } from "@flow-configs/model";
import { csvChunks } from "../src/pages/offices-csv/csv-chunks";

const officesCsv = (count: number) =>
  ["id,lookupKeys,Greeting", ...Array.from({ length: count }, (_, index) => `Office-${index},K${index},Hello ${index}`)].join("\n");

describe("applying a long offices CSV in chunks", () => {
  it("gives every chunk the header and at most the chunk size of records", () => {
    const chunks = csvChunks(officesCsv(250), 100);

    expect(chunks.map((chunk) => parseCsv(chunk.csv).length - 1)).toEqual([100, 100, 50]);
    for (const chunk of chunks) expect(parseCsv(chunk.csv)[0]?.cells).toEqual(["id", "lookupKeys", "Greeting"]);
  });

  it("remembers each record's line in the whole file", () => {
    const chunks = csvChunks(officesCsv(250), 100);

    expect(chunks[0]?.lines[0]).toBe(2);
    expect(chunks[2]?.lines.at(-1)).toBe(251);
  });

  it("keeps a quoted cell with a new line in one record, and the lines after it right", () => {
    const text = 'id,Greeting\nOffice-A,"Hello\nthere"\nOffice-B,Hi\n';

    const [chunk] = csvChunks(text, 10);

    expect(chunk?.lines).toEqual([2, 4]);
    expect(parseCsv(chunk?.csv ?? "")[1]?.cells).toEqual(["Office-A", "Hello\nthere"]);
  });

  it("has no chunk for a CSV with only a header or nothing", () => {
    expect(csvChunks("id,lookupKeys\n", 100)).toEqual([]);
    expect(csvChunks("", 100)).toEqual([]);
  });
});
