import { describe, expect, it } from "vitest";
import { wordDiff } from "../src/pages/config-history/word-diff";
import type { DiffSegment } from "../src/pages/config-history/word-diff";

const textOf = (segments: DiffSegment[], side: "before" | "after") =>
  segments.filter((segment) => segment.kind === "same" || segment.kind === (side === "before" ? "removed" : "added")).map((segment) => segment.text).join("");

describe("word diff of prompt texts", () => {
  it("marks one changed word in a long sentence and keeps the rest as it was", () => {
    const segments = wordDiff("Thank you for calling the main office today", "Thank you for calling the Austin office today");

    expect(segments).toEqual([
      { kind: "same", text: "Thank you for calling the " },
      { kind: "removed", text: "main" },
      { kind: "added", text: "Austin" },
      { kind: "same", text: " office today" },
    ]);
  });

  it("shows added words at the end as added only", () => {
    expect(wordDiff("We are closed.", "We are closed. Please call back tomorrow.")).toEqual([
      { kind: "same", text: "We are closed." },
      { kind: "added", text: " Please call back tomorrow." },
    ]);
  });

  it("has a single same segment for equal texts and nothing for two empty ones", () => {
    expect(wordDiff("Hello there", "Hello there")).toEqual([{ kind: "same", text: "Hello there" }]);
    expect(wordDiff("", "")).toEqual([]);
  });

  it("diffs a text that did not exist before as all added", () => {
    expect(wordDiff("", "Gracias por llamar")).toEqual([{ kind: "added", text: "Gracias por llamar" }]);
  });

  it("keeps SSML tags as words of their own", () => {
    const segments = wordDiff("<speak>Hello <break time=\"1s\"/> caller</speak>", "<speak>Hello caller</speak>");

    expect(segments.filter((segment) => segment.kind === "removed").map((segment) => segment.text).join("")).toContain("<break");
    expect(segments.some((segment) => segment.kind === "added")).toBe(false);
  });

  it("rebuilds both texts exactly from its segments, whitespace included", () => {
    const before = "Line one\n  two   words moved\tand gone";
    const after = "Line one\n  words two   moved\tand here";

    const segments = wordDiff(before, after);

    expect(textOf(segments, "before")).toBe(before);
    expect(textOf(segments, "after")).toBe(after);
  });

  it("stays quick and exact on very long texts", () => {
    const words = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => `${prefix}${index}`).join(" ");
    const before = words(3000, "a");
    const after = words(3000, "b");

    const segments = wordDiff(before, after);

    expect(textOf(segments, "before")).toBe(before);
    expect(textOf(segments, "after")).toBe(after);
  });
});
