import type { EntriesReport, EntryInput } from "@flow-configs/model/caller-lists";
import { describe, expect, it } from "vitest";
import { addInChunks } from "../src/api/add-in-chunks";
import { keepLines } from "@flow-configs/model";
import { planPaste } from "../src/pages/list-entries/paste-plan";

describe("addInChunks", () => {
  it("sends 1000 entries a call and maps each refusal back to its place in the input", async () => {
    const entries: EntryInput[] = Array.from({ length: 2500 }, (_, index) => ({ number: `+1512${String(5_550_000 + index)}` }));
    const sizes: number[] = [];
    const progress: number[] = [];
    const result = await addInChunks(
      entries,
      async (chunk): Promise<EntriesReport> => {
        sizes.push(chunk.length);
        const refusedLine = sizes.length === 2 ? 7 : 0;
        return {
          saved: chunk.length - (refusedLine ? 1 : 0),
          rejected: refusedLine ? 1 : 0,
          outcomes: chunk.map((_, index) => ({ line: index + 1, status: index + 1 === refusedLine ? "invalid" : "saved", ...(index + 1 === refusedLine ? { message: "no" } : {}) })),
        };
      },
      (done) => progress.push(done),
    );
    expect(sizes).toEqual([1000, 1000, 500]);
    expect(progress).toEqual([1000, 2000, 2500]);
    expect(result).toEqual({ saved: 2499, rejected: [{ index: 1006, message: "no" }] });
  });
});

describe("a pasted list", () => {
  it("reads number, reason per line and keeps only the rejected lines to fix", () => {
    const text = "+1 512 555 0150, spam\nnope\n\n512.555.0150";
    const plan = planPaste(text, undefined);
    expect(plan.entries).toEqual([{ line: 1, input: { number: "+15125550150", reason: "spam" } }]);
    expect(plan.rejected.map((line) => line.line)).toEqual([2, 4]);
    expect(keepLines(text, plan.rejected.map((line) => line.line))).toBe("nope\n512.555.0150");
  });
});
