import { describe, expect, it } from "vitest";
import { configSchedule, effectiveConfig, formatInZone, promptsInEffect, variablesInEffect, wallClockText, windowStatus, zoneLabel, type ScheduledChange } from "../src";
import { austinOffice, basicQueue, fieldOfficeTemplate } from "./factories";

const at = (text: string) => Date.parse(text);

function aWindow(overrides: Partial<ScheduledChange> & Pick<ScheduledChange, "id" | "from">): ScheduledChange {
  return { patch: { variables: [{ name: "Closure", value: "true" }], prompts: [] }, createdBy: "morgan", createdAt: "2026-12-01T10:00:00.000Z", ...overrides };
}

describe("a config's schedule as the page shows it", () => {
  it("reads wall-clock times in the config's zone and defaults to UTC", () => {
    const christmas = aWindow({ id: "xmas", from: "2026-12-25T00:00", to: "2026-12-26T00:00" });
    expect(configSchedule(basicQueue({ timeZone: "America/Chicago", scheduledChanges: [christmas] })).schedule.windows[0]?.fromMs).toBe(at("2026-12-25T06:00:00Z"));
    const inUtc = configSchedule(basicQueue({ scheduledChanges: [christmas] }));
    expect(inUtc.timeZone).toBe("UTC");
    expect(inUtc.schedule.windows[0]?.fromMs).toBe(at("2026-12-25T00:00:00Z"));
  });

  it("includes an instance's template's windows, the instance's own winning at the same from", () => {
    const template = { ...fieldOfficeTemplate(), scheduledChanges: [aWindow({ id: "closed", from: "2026-12-25T00:00", patch: { variables: [{ name: "OfficeName", value: "Closed" }], prompts: [] } })] };
    const office = austinOffice({ timeZone: "America/Chicago", scheduledChanges: [aWindow({ id: "own", from: "2026-12-25T00:00", patch: { variables: [{ name: "OfficeName", value: "Austin (holiday)" }], prompts: [] } })] });
    const { schedule } = configSchedule(effectiveConfig(office, template));
    expect(schedule.windows.map((window) => [window.id, window.source])).toEqual([["closed", "template"], ["own", "own"]]);
    const config = effectiveConfig(office, template);
    expect(variablesInEffect(config, schedule, at("2026-12-25T07:00:00Z")).get("OfficeName")).toEqual({ name: "OfficeName", value: "Austin (holiday)", untilMs: null });
  });

  it("says whether a window is upcoming, in effect (from inclusive) or ended (to exclusive)", () => {
    const window = { fromMs: 1000, toMs: 2000 };
    expect(windowStatus(window, 999)).toBe("upcoming");
    expect(windowStatus(window, 1000)).toBe("in-effect");
    expect(windowStatus(window, 1999)).toBe("in-effect");
    expect(windowStatus(window, 2000)).toBe("ended");
    expect(windowStatus({ fromMs: 1000, toMs: Number.POSITIVE_INFINITY }, 1e15)).toBe("in-effect");
  });
});

describe("values in effect now", () => {
  const config = (scheduledChanges: ScheduledChange[]) => basicQueue({ timeZone: "America/Chicago", scheduledChanges });

  it("names each variable an open window changes, with the value served and when the window closes", () => {
    const queue = config([aWindow({ id: "xmas", from: "2026-12-25T00:00", to: "2026-12-26T00:00" })]);
    const { schedule } = configSchedule(queue);
    expect(variablesInEffect(queue, schedule, at("2026-12-24T12:00:00Z")).size).toBe(0);
    expect([...variablesInEffect(queue, schedule, at("2026-12-25T12:00:00Z")).values()]).toEqual([{ name: "Closure", value: "true", untilMs: at("2026-12-26T06:00:00Z") }]);
  });

  it("runs on through back-to-back windows that serve the same value, and stops where a later one changes it", () => {
    const queue = config([
      aWindow({ id: "a", from: "2026-12-25T00:00", to: "2026-12-26T00:00" }),
      aWindow({ id: "b", from: "2026-12-26T00:00", to: "2026-12-27T00:00" }),
      aWindow({ id: "c", from: "2026-12-26T12:00", to: "2026-12-26T13:00", patch: { variables: [{ name: "Closure", value: "false" }], prompts: [] } }),
    ]);
    const { schedule } = configSchedule(queue);
    expect(variablesInEffect(queue, schedule, at("2026-12-25T12:00:00Z")).get("Closure")?.untilMs).toBe(at("2026-12-26T18:00:00Z"));
  });

  it("names each prompt an open window changes, with its texts as served and when the window closes", () => {
    const holiday = { variables: [], prompts: [{ name: "Welcome", values: { "en-US": { voice: "We are closed for the holiday." } } }] };
    const queue = config([aWindow({ id: "xmas", from: "2026-12-25T00:00", to: "2026-12-26T00:00", patch: holiday })]);
    const { schedule } = configSchedule(queue);
    expect(promptsInEffect(queue, schedule, at("2026-12-24T12:00:00Z")).size).toBe(0);
    const welcome = promptsInEffect(queue, schedule, at("2026-12-25T12:00:00Z")).get("Welcome");
    expect(welcome?.value["en-US"]?.voice).toBe("We are closed for the holiday.");
    expect(welcome?.untilMs).toBe(at("2026-12-26T06:00:00Z"));
    expect(variablesInEffect(queue, schedule, at("2026-12-25T12:00:00Z")).size).toBe(0);
  });

  it("is in effect until removed for a window with no end", () => {
    const queue = config([aWindow({ id: "open-ended", from: "2026-12-25T00:00" })]);
    expect(variablesInEffect(queue, configSchedule(queue).schedule, at("2027-06-01T00:00:00Z")).get("Closure")?.untilMs).toBeNull();
  });
});

describe("zone names and wall-clock text", () => {
  it("labels a zone with its short name at that instant, across the DST change", () => {
    expect(zoneLabel("America/Chicago", at("2026-12-25T06:00:00Z"))).toBe("America/Chicago (CST)");
    expect(zoneLabel("America/Chicago", at("2026-07-04T06:00:00Z"))).toBe("America/Chicago (CDT)");
    expect(zoneLabel("UTC", at("2026-12-25T06:00:00Z"))).toBe("UTC");
  });

  it("writes the zone's wall clock at an instant as a schedule does, to the second", () => {
    expect(wallClockText(at("2026-12-25T06:00:30.900Z"), "America/Chicago")).toBe("2026-12-25T00:00:30");
  });

  it("shows seconds only when a time has some", () => {
    expect(formatInZone(at("2026-12-25T06:00:00Z"), "America/Chicago")).toBe("2026-12-25 00:00 CST");
    expect(formatInZone(at("2026-12-25T06:00:20Z"), "America/Chicago")).toBe("2026-12-25 00:00:20 CST");
  });
});
