import type { ScheduledChange } from "@flow-configs/model";
import { describe, expect, it } from "vitest";
import { describePatch, timelineRows } from "../src/pages/config-edit/components/schedule-timeline";
import { wallClockOf } from "../src/pages/config-edit/components/wall-clock-fields";
import { basicQueue } from "./factories";

const at = (text: string) => Date.parse(text);

function aWindow(id: string, from: string, to?: string): ScheduledChange {
  return { id, from, ...(to && { to }), patch: { variables: [{ name: "Closure", value: "true" }], prompts: [] }, createdBy: "morgan", createdAt: "2026-11-20T10:00:00.000Z" };
}

describe("a picked date and time", () => {
  it("is a wall-clock time to the second, with seconds added when the time has none", () => {
    expect(wallClockOf({ date: "2026-12-25", time: "00:00:30" })).toBe("2026-12-25T00:00:30");
    expect(wallClockOf({ date: "2026-12-25", time: "08:15" })).toBe("2026-12-25T08:15:00");
  });

  it("is empty when both are empty, and unfinished when either part is missing or incomplete", () => {
    expect(wallClockOf({ date: "", time: "" })).toBe("");
    expect(wallClockOf({ date: "2026-12-25", time: "" })).toBeNull();
    expect(wallClockOf({ date: "", time: "08:00:00" })).toBeNull();
    expect(wallClockOf({ date: "2026-12-2", time: "08:00:00" })).toBeNull();
  });
});

describe("what a window changes", () => {
  it("names each variable with its value, and each prompt with the texts it sets", () => {
    const patch = {
      variables: [{ name: "Closure", value: "true" }, { name: "Greeting", value: "" }],
      prompts: [{ name: "Welcome", values: { "en-US": { voice: "Closed today", chat: "Closed" } } }],
    };
    expect(describePatch(patch)).toBe("Closure → true, Greeting → (empty), Welcome (en-US voice, en-US chat)");
  });
});

describe("the timeline's order", () => {
  it("puts windows that are not served first, then in effect, upcoming soonest first, ended latest first", () => {
    const config = {
      ...basicQueue({ timeZone: "America/Chicago" }),
      version: 1,
      updatedAt: "2026-11-24T10:00:00.000Z",
      updatedBy: "alex",
      scheduledChanges: [
        aWindow("thanksgiving", "2026-11-26T00:00", "2026-11-27T00:00"),
        aWindow("new-year", "2027-01-01T00:00", "2027-01-02T00:00"),
        aWindow("halloween", "2026-10-31T00:00", "2026-11-01T00:00"),
        aWindow("winter", "2026-12-01T00:00"),
        aWindow("eve", "2026-12-31T00:00", "2027-01-01T00:00"),
        aWindow("renamed", "2026-12-31T00:00"),
      ],
      scheduleMisfits: [{ id: "renamed", issues: [{ path: "patch.variables[0].name", message: '"Closed" is not a variable of BasicQueue' }] }],
    };
    const rows = timelineRows(config, "America/Chicago", at("2026-12-25T12:00:00Z"));
    expect(rows.map((row) => [row.change.id, row.status])).toEqual([
      ["renamed", "not-served"],
      ["winter", "in-effect"],
      ["eve", "upcoming"],
      ["new-year", "upcoming"],
      ["thanksgiving", "ended"],
      ["halloween", "ended"],
    ]);
    expect(rows[0]?.misfit).toBe('"Closed" is not a variable of BasicQueue');
    expect(rows[1]?.toMs).toBe(Number.POSITIVE_INFINITY);
  });
});
