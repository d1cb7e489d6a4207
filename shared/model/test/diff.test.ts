import { describe, expect, it } from "vitest";
import { diff } from "../src";
import { basicQueue, variable } from "./factories";

describe("diff — what a change changed, by name", () => {
  it("finds nothing between equal configs", () => {
    expect(diff(basicQueue(), basicQueue())).toEqual([]);
  });

  it("names a changed variable value with before and after", () => {
    const after = basicQueue();
    after.variables[0] = { ...after.variables[0]!, value: "true" };
    expect(diff(basicQueue(), after)).toEqual([
      { kind: "changed", entry: "variable", name: "Closure", field: "value", before: "false", after: "true" },
    ]);
  });

  it("names a changed prompt text by language and variant", () => {
    const after = basicQueue();
    after.prompts[0] = { name: "Welcome", values: { ...after.prompts[0]!.values, "es-US": { voice: "Hola." } } };
    expect(diff(basicQueue(), after)).toEqual([
      { kind: "changed", entry: "prompt", name: "Welcome", field: "values.es-US.voice", before: "Gracias por llamar.", after: "Hola." },
    ]);
  });

  it("names added and removed entries", () => {
    const after = basicQueue({ variables: [variable({ name: "Holiday", type: "boolean", value: "false" })] });
    const changes = diff(basicQueue(), after);
    expect(changes.map((change) => [change.kind, change.entry, change.name])).toEqual([
      ["removed", "variable", "Closure"],
      ["removed", "variable", "ClosureOfferCallback"],
      ["added", "variable", "Holiday"],
    ]);
  });

  it("names changed config fields", () => {
    expect(diff(basicQueue(), basicQueue({ languages: ["en-US"], description: "Main queue" }))).toEqual([
      { kind: "changed", entry: "config", name: "description", before: "Main inbound queue", after: "Main queue" },
      { kind: "changed", entry: "config", name: "languages", before: ["en-US", "es-US"], after: ["en-US"] },
    ]);
  });

  it("lists every entry as added for a new config and removed for a deleted one", () => {
    expect(diff(null, basicQueue()).every((change) => change.kind === "added")).toBe(true);
    expect(diff(basicQueue(), null)).toHaveLength(4);
  });

  it("ignores where an entry comes from (inherited or overridden)", () => {
    const after = basicQueue();
    after.variables = after.variables.map((entry) => ({ ...entry, source: "inherited" as const }));
    expect(diff(basicQueue(), after)).toEqual([]);
  });
});
