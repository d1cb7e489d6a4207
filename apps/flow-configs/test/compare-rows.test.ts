import { describe, expect, it } from "vitest";
import type { FlowConfig } from "@flow-configs/model";
import { compareRows } from "../src/pages/config-history/compare-rows";
import { basicQueue } from "./factories";

const version = (version: number, overrides: Partial<FlowConfig> = {}): FlowConfig => ({
  ...basicQueue(),
  version,
  updatedAt: "2026-11-24T10:00:00.000Z",
  updatedBy: "morgan",
  ...overrides,
});

describe("comparing two versions side by side", () => {
  it("marks only the rows that differ as changed", () => {
    const before = version(1);
    const after = version(2, { variables: before.variables.map((variable) => (variable.name === "Closure" ? { ...variable, value: "true" } : variable)) });

    const changed = compareRows(before, after).filter((row) => row.changed);

    expect(changed).toEqual([{ key: "variable:Closure", label: "Closure", before: "false", after: "true", changed: true, isText: false }]);
  });

  it("gives every prompt text its own row, diffed as text", () => {
    const rows = compareRows(version(1), version(2));

    expect(rows.filter((row) => row.isText).map((row) => row.label)).toEqual(["Welcome · en-US voice", "Welcome · en-US chat", "Welcome · es-US voice"]);
  });

  it("shows an entry that exists on one side only as missing on the other", () => {
    const before = version(1);
    const after = version(2, { variables: [...before.variables, { name: "Holiday", type: "boolean", value: "true" }] });

    const row = compareRows(before, after).find((candidate) => candidate.label === "Holiday");

    expect(row).toMatchObject({ before: undefined, after: "true", changed: true });
  });

  it("compares the config's own fields such as its lookup keys", () => {
    const row = compareRows(version(1), version(2, { lookupKeys: ["+18005550100", "+18005550111"] })).find((candidate) => candidate.label === "lookupKeys");

    expect(row).toMatchObject({ before: "+18005550100", after: "+18005550100, +18005550111", changed: true });
  });
});
