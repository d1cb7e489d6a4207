import { describe, expect, it } from "vitest";
import {
  checkScheduledChange,
  compileSchedule,
  configAt,
  effectiveConfig,
  entriesChangedSince,
  nextBoundary,
  scheduleMisfits,
  type FlowConfig,
  type ScheduledChange,
} from "../src";
import { austinOffice, basicQueue, fieldOfficeTemplate } from "./factories";

const at = (text: string) => Date.parse(text);

function window(overrides: Partial<ScheduledChange> & Pick<ScheduledChange, "from">): ScheduledChange {
  return {
    id: `w-${overrides.from}`,
    patch: { variables: [{ name: "Closure", value: "true" }], prompts: [] },
    createdBy: "morgan",
    createdAt: "2026-12-01T10:00:00.000Z",
    ...overrides,
  };
}

const valueOf = (config: FlowConfig, name: string) => config.variables.find((variable) => variable.name === name)?.value;

describe("scheduled changes", () => {
  const queue = basicQueue();

  it("serves the stored values outside every window and the patch inside one", () => {
    const schedule = compileSchedule([{ changes: [window({ from: "2026-12-25T00:00", to: "2026-12-26T00:00" })], source: "own" }], "America/Chicago", queue);
    expect(valueOf(configAt(queue, schedule, at("2026-12-25T05:59:59Z")), "Closure")).toBe("false");
    expect(valueOf(configAt(queue, schedule, at("2026-12-25T06:00:00Z")), "Closure")).toBe("true");
    expect(valueOf(configAt(queue, schedule, at("2026-12-26T05:59:59Z")), "Closure")).toBe("true");
    expect(valueOf(configAt(queue, schedule, at("2026-12-26T06:00:00Z")), "Closure")).toBe("false");
  });

  it("keeps a window with no end in effect until it is removed", () => {
    const schedule = compileSchedule([{ changes: [window({ from: "2026-12-25T00:00Z" })], source: "own" }], "UTC", queue);
    expect(valueOf(configAt(queue, schedule, at("2030-01-01T00:00:00Z")), "Closure")).toBe("true");
    expect(nextBoundary(schedule, at("2026-12-25T00:00:00Z"))).toBeNull();
  });

  it("applies overlapping windows in from order, so the later one wins per entry", () => {
    const early = window({ id: "early", from: "2026-12-24T00:00Z", to: "2026-12-27T00:00Z", patch: { variables: [{ name: "Closure", value: "true" }, { name: "ClosureOfferCallback", value: "true" }], prompts: [] } });
    const late = window({ id: "late", from: "2026-12-25T00:00Z", to: "2026-12-26T00:00Z", patch: { variables: [{ name: "ClosureOfferCallback", value: "false" }], prompts: [] } });
    const schedule = compileSchedule([{ changes: [late, early], source: "own" }], "UTC", queue);
    const christmas = configAt(queue, schedule, at("2026-12-25T12:00:00Z"));
    expect(valueOf(christmas, "Closure")).toBe("true");
    expect(valueOf(christmas, "ClosureOfferCallback")).toBe("false");
    expect(valueOf(configAt(queue, schedule, at("2026-12-24T12:00:00Z")), "ClosureOfferCallback")).toBe("true");
  });

  it("changes prompt texts per language and keeps the other languages' texts", () => {
    const patch = { variables: [], prompts: [{ name: "Welcome", values: { "en-US": { voice: "We are closed for the holiday." } } }] };
    const schedule = compileSchedule([{ changes: [window({ from: "2026-12-25T00:00Z", to: "2026-12-26T00:00Z", patch })], source: "own" }], "UTC", queue);
    const welcome = configAt(queue, schedule, at("2026-12-25T01:00:00Z")).prompts.find((prompt) => prompt.name === "Welcome");
    expect(welcome?.values["en-US"]).toEqual({ voice: "We are closed for the holiday.", chat: "Thank you for chatting with us." });
    expect(welcome?.values["es-US"]).toEqual({ voice: "Gracias por llamar." });
  });

  it("gives the next boundary after an instant, for the cache", () => {
    const schedule = compileSchedule(
      [{ changes: [window({ from: "2026-12-25T00:00", to: "2026-12-26T00:00" }), window({ from: "2026-12-31T18:00", to: "2027-01-01T09:00" })], source: "own" }],
      "America/Chicago",
      queue,
    );
    expect(nextBoundary(schedule, at("2026-12-01T00:00:00Z"))).toBe(at("2026-12-25T06:00:00Z"));
    expect(nextBoundary(schedule, at("2026-12-25T06:00:00Z"))).toBe(at("2026-12-26T06:00:00Z"));
    expect(nextBoundary(schedule, at("2026-12-27T00:00:00Z"))).toBe(at("2027-01-01T00:00:00Z"));
    expect(nextBoundary(schedule, at("2027-01-01T15:00:00Z"))).toBeNull();
  });

  it("opens a template's window at each office's own midnight", () => {
    const template = { ...fieldOfficeTemplate(), timeZone: "America/Chicago" };
    const holiday = window({ from: "2026-12-25T00:00", to: "2026-12-26T00:00", patch: { variables: [{ name: "OfficeOpen", value: "false" }], prompts: [] } });
    const austin = effectiveConfig(austinOffice(), template);
    const boston = effectiveConfig(austinOffice({ id: "Office-Boston", lookupKeys: [] }), template);
    const austinSchedule = compileSchedule([{ changes: [holiday], source: "template" }], "America/Chicago", austin);
    const bostonSchedule = compileSchedule([{ changes: [holiday], source: "template" }], "America/New_York", boston);
    const instant = at("2026-12-25T05:30:00Z");
    expect(valueOf(configAt(boston, bostonSchedule, instant), "OfficeOpen")).toBe("false");
    expect(valueOf(configAt(austin, austinSchedule, instant), "OfficeOpen")).toBe("true");
  });

  it("lets an office's own window win over its template's at the same instant", () => {
    const template = fieldOfficeTemplate();
    const austin = effectiveConfig(austinOffice(), template);
    const templateWindow = window({ id: "t", from: "2026-12-25T00:00Z", to: "2026-12-26T00:00Z", patch: { variables: [{ name: "OfficeName", value: "Closed" }], prompts: [] } });
    const ownWindow = window({ id: "o", from: "2026-12-25T00:00Z", to: "2026-12-26T00:00Z", patch: { variables: [{ name: "OfficeName", value: "Austin (holiday)" }], prompts: [] } });
    const schedule = compileSchedule([{ changes: [ownWindow], source: "own" }, { changes: [templateWindow], source: "template" }], "UTC", austin);
    expect(valueOf(configAt(austin, schedule, at("2026-12-25T12:00:00Z")), "OfficeName")).toBe("Austin (holiday)");
  });

  it("spans 23 hours on the March change day and 25 on the November one in America/Chicago", () => {
    const march = compileSchedule([{ changes: [window({ from: "2026-03-08T00:00", to: "2026-03-09T00:00" })], source: "own" }], "America/Chicago", queue);
    const november = compileSchedule([{ changes: [window({ from: "2026-11-01T00:00", to: "2026-11-02T00:00" })], source: "own" }], "America/Chicago", queue);
    const hours = (schedule: typeof march) => ((schedule.windows[0]?.toMs ?? 0) - (schedule.windows[0]?.fromMs ?? 0)) / 3_600_000;
    expect(hours(march)).toBe(23);
    expect(hours(november)).toBe(25);
    expect(valueOf(configAt(queue, march, at("2026-03-09T04:59:59Z")), "Closure")).toBe("true");
    expect(valueOf(configAt(queue, march, at("2026-03-09T05:00:00Z")), "Closure")).toBe("false");
    expect(valueOf(configAt(queue, november, at("2026-11-02T05:59:59Z")), "Closure")).toBe("true");
    expect(valueOf(configAt(queue, november, at("2026-11-02T06:00:00Z")), "Closure")).toBe("false");
  });

  it("never serves a window half-applied once the shape no longer fits it", () => {
    const patch = { variables: [{ name: "Closure", value: "true" }, { name: "Gone", value: "x" }], prompts: [] };
    const changes = [window({ id: "misfit", from: "2026-12-25T00:00Z", patch })];
    const schedule = compileSchedule([{ changes, source: "own" }], "UTC", queue);
    expect(valueOf(configAt(queue, schedule, at("2026-12-25T12:00:00Z")), "Closure")).toBe("false");
    expect(scheduleMisfits(queue, changes)).toEqual([{ id: "misfit", issues: [{ path: "patch.variables[1].name", message: '"Gone" is not a variable of BasicQueue' }] }]);
  });

  it("re-validates values when the shape changes an entry's type", () => {
    const changes = [window({ id: "w", from: "2026-12-25T00:00Z", patch: { variables: [{ name: "Closure", value: "maybe" }], prompts: [] } })];
    expect(scheduleMisfits(queue, changes)[0]?.issues[0]?.path).toBe("patch.variables[0].value");
  });
});

describe("checking a new scheduled change", () => {
  const context = { shape: basicQueue(), timeZone: "America/Chicago", nowMs: at("2026-12-01T12:00:00Z"), existing: 0 };
  const patch = { variables: [{ name: "Closure", value: "true" }], prompts: [] };

  it("accepts a window in the future", () => {
    expect(checkScheduledChange({ from: "2026-12-25T00:00", to: "2026-12-26T00:00", patch }, context)).toEqual([]);
  });

  it("refuses a to that is not after from, naming both in the config's zone", () => {
    expect(checkScheduledChange({ from: "2026-12-25T00:00", to: "2026-12-25T00:00", patch }, context)).toEqual([
      { path: "to", message: "must be after from (2026-12-25 00:00 CST); it is 2026-12-25 00:00 CST" },
    ]);
  });

  it("refuses a window that has already ended", () => {
    expect(checkScheduledChange({ from: "2026-11-25T00:00", to: "2026-11-26T00:00", patch }, context)[0]?.message).toMatch(/already ended/);
  });

  it("refuses a patch that names an entry the config lacks, a value of the wrong type or an empty patch", () => {
    const issues = checkScheduledChange({ from: "2026-12-25T00:00", patch: { variables: [{ name: "Closure", value: "yes" }, { name: "Nope", value: "1" }], prompts: [] } }, context);
    expect(issues.map((issue) => issue.path)).toEqual(["patch.variables[0].value", "patch.variables[1].name"]);
    expect(checkScheduledChange({ from: "2026-12-25T00:00", patch: { variables: [], prompts: [] } }, context)[0]?.message).toMatch(/at least one/);
  });

  it("refuses a 51st window", () => {
    expect(checkScheduledChange({ from: "2026-12-25T00:00", patch }, { ...context, existing: 50 })[0]?.message).toMatch(/already has 50 scheduled changes/);
  });

  it("checks SSML in a scheduled prompt text", () => {
    const ssml = { variables: [], prompts: [{ name: "Welcome", values: { "en-US": { voice: "<speak>Closed<speak>" } } }] };
    expect(checkScheduledChange({ from: "2026-12-25T00:00", patch: ssml }, context)[0]?.path).toBe("patch.prompts[0].values.en-US.voice");
  });
});

describe("approving a change request", () => {
  it("names the entries changed since the request's version", () => {
    const base = basicQueue();
    const current = basicQueue({ variables: [{ name: "Closure", type: "boolean", value: "true" }, { name: "ClosureOfferCallback", type: "boolean", value: "false" }] });
    const patch = { variables: [{ name: "Closure", value: "false" }, { name: "ClosureOfferCallback", value: "true" }], prompts: [] };
    expect(entriesChangedSince(base, current, patch)).toEqual(["Closure"]);
    expect(entriesChangedSince(base, base, patch)).toEqual([]);
  });
});
