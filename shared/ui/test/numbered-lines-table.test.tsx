import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { NumberedLinesTable } from "../src/numbered-lines-table";

afterEach(() => cleanup());

const columns = [{ id: "why", header: "Why", cell: (line: { line: number; why: string }) => line.why }];

describe("NumberedLinesTable", () => {
  it("lists each line by its number, then what the columns say of it", () => {
    render(<NumberedLinesTable title="Not added" header="Not added" lines={[{ line: 3, why: "Not a phone number" }]} columns={columns} />);
    const table = screen.getByRole("table", { name: "Not added" });
    expect(table.textContent).toContain("Line");
    expect(screen.getByRole("rowheader", { name: "3" })).toBeTruthy();
    expect(screen.getByText("Not a phone number")).toBeTruthy();
  });

  it("shows nothing when no line is left", () => {
    const { container } = render(<NumberedLinesTable title="Not added" lines={[]} columns={columns} />);
    expect(container.textContent).toBe("");
  });
});
