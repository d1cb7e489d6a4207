import { describe, expect, it } from "vitest";
import { analyzeFlows, configUsage, flowsBrokenByDelete, flowsBrokenByShape, isUnused, usageSummary, usedConfig } from "../../src";
import { basicQueue } from "../factories";
import { basicQueueFlow, disconnect, flow, getConfig, message } from "./flow-factories";

const office = { id: "Office-Austin", lookupKeys: ["+15125550100"], names: ["OfficeName", "OfficeHours"] };

const scan = analyzeFlows([
  basicQueueFlow(),
  flow("Office by number", [getConfig("config", {}, { next: "greet" }), message("greet", "$.External.OfficeName $.External.Typo", { next: "end" }), disconnect("end")]),
  flow("Office by lookup", [getConfig("config", { lookup: "+15125550100" }, { next: "greet" }), message("greet", "$.External.OfficeHours", { next: "end" }), disconnect("end")]),
  flow("Stale greeting", [getConfig("config", { id: "BasicQueue" }, { next: "greet" }), message("greet", "$.External.OldWelcome", { next: "end" }), disconnect("end")]),
]);

describe("configUsage", () => {
  it("lists the flows naming a config by id, with what each reads and the names the config lacks", () => {
    expect(configUsage(scan, usedConfig(basicQueue({ lookupKeys: [] })))).toEqual([
      { id: "basic-queue", name: "BasicQueue", type: "CONTACT_FLOW", dynamic: false, reads: ["Closure", "ClosureMessage", "ClosureOfferCallback", "Welcome"], undefinedReads: [] },
      { id: "stale greeting", name: "Stale greeting", type: "CONTACT_FLOW", dynamic: false, reads: ["OldWelcome"], undefinedReads: ["OldWelcome"] },
    ]);
  });

  it("lists dialed-number and lookup flows as dynamic under a config they may reach by its lookup keys", () => {
    expect(configUsage(scan, office).map(({ name, dynamic, undefinedReads }) => ({ name, dynamic, undefinedReads }))).toEqual([
      { name: "Office by lookup", dynamic: true, undefinedReads: [] },
      { name: "Office by number", dynamic: true, undefinedReads: ["Typo"] },
    ]);
    expect(configUsage(scan, { ...office, lookupKeys: ["+15125550199"] }).map((usage) => usage.name)).toEqual(["Office by number"]);
  });

  it("lists no dynamic flow under a config without lookup keys", () => {
    expect(configUsage(scan, { id: "Quiet", lookupKeys: [], names: [] })).toEqual([]);
  });
});

describe("guards", () => {
  const usages = [...configUsage(scan, usedConfig(basicQueue({ lookupKeys: [] }))), ...configUsage(scan, office)];

  it("a delete breaks the flows that name the config by id, not the dynamic ones", () => {
    expect(flowsBrokenByDelete(usages).map((usage) => usage.name)).toEqual(["BasicQueue", "Stale greeting"]);
  });

  it("a shape change breaks the flows that read a removed or renamed name, not those already broken", () => {
    const broken = flowsBrokenByShape(usages, ["Closure", "ClosureOfferCallback", "WelcomeText", "OfficeName", "OfficeHours"]);
    expect(broken.map(({ flow: usage, names }) => [usage.name, names])).toEqual([["BasicQueue", ["ClosureMessage", "Welcome"]]]);
  });
});

describe("usageSummary", () => {
  it("counts the flows naming each config of a page, and the flows that reach configs by lookup", () => {
    const summary = usageSummary(scan, ["BasicQueue", "Office-Austin", "Quiet"]);
    expect(summary).toEqual({
      configs: [
        { id: "BasicQueue", flows: 2 },
        { id: "Office-Austin", flows: 0 },
        { id: "Quiet", flows: 0 },
      ],
      dynamicFlows: 2,
    });
    expect(isUnused(summary, { id: "BasicQueue", lookupKeys: [] })).toBe(false);
    expect(isUnused(summary, { id: "Office-Austin", lookupKeys: ["+15125550100"] })).toBe(false);
    expect(isUnused(summary, { id: "Quiet", lookupKeys: [] })).toBe(true);
  });
});
