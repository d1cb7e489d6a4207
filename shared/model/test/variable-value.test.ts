import { describe, expect, it } from "vitest";
import { checkVariableValue } from "../src";

describe("checkVariableValue", () => {
  it("refuses an empty or blank text", () => {
    expect(checkVariableValue({ type: "string" }, "")).toBe("must not be empty");
    expect(checkVariableValue({ type: "string" }, "   ")).toBe("must not be empty");
  });

  it("accepts any non-empty text", () => {
    expect(checkVariableValue({ type: "string" }, "Austin")).toBeNull();
  });

  it("accepts an empty list entry", () => {
    expect(checkVariableValue({ type: "list-entry" }, "")).toBeNull();
  });
});
