import { describe, expect, it } from "vitest";
import { issueMessage } from "../src/api/issue-messages";
import { checkShape, emptyShape, inputOf, sentEntriesOf, shapeOf } from "../src/pages/config-create/shape-draft";
import { basicQueue } from "./factories";
import { fireClosure, safeChangeQueue, served } from "./safe-change-factories";

describe("the shape draft of a config's time zone, approval and quick actions", () => {
  it("round-trips a config that sets all three, every other field kept", () => {
    const withPrompt = fireClosure({
      patch: { variables: [{ name: "Closure", value: "true" }], prompts: [{ name: "Welcome", values: { "en-US": { voice: "We are closed" } } }] },
    });
    const body = safeChangeQueue({ quickActions: [withPrompt, { name: "Reopen", patch: { variables: [{ name: "Closure", value: "false" }], prompts: [] } }] });

    const checked = checkShape(shapeOf(served(body)));

    expect(checked.issues).toEqual([]);
    expect(checked.input).toEqual(body);
  });

  it("leaves the fields out of a config that never set them", () => {
    const input = inputOf(shapeOf(served(basicQueue())));

    expect(input).not.toHaveProperty("timeZone");
    expect(input).not.toHaveProperty("approval");
    expect(input).not.toHaveProperty("quickActions");
  });

  it("turns approval off as none, and an emptied zone back to the default", () => {
    const shape = { ...shapeOf(served(safeChangeQueue())), approval: "none" as const, timeZone: " " };

    expect(inputOf(shape)).toMatchObject({ approval: "none" });
    expect(inputOf(shape)).not.toHaveProperty("timeZone");
  });

  it("sends a zone without the spaces around it", () => {
    expect(inputOf({ ...emptyShape(), timeZone: " Europe/Berlin " })).toMatchObject({ timeZone: "Europe/Berlin" });
  });

  it("refuses a zone that is not an IANA name, by the model's schema", () => {
    const checked = checkShape({ ...shapeOf(served(basicQueue())), timeZone: "Central" });

    expect(checked.issues).toEqual([{ path: "timeZone", message: "must be an IANA time zone such as America/Chicago or UTC" }]);
    expect(issueMessage(checked.issues[0] ?? { path: "", message: "" })).toBe("Time zone: must be an IANA time zone such as America/Chicago or UTC");
  });
});

describe("checking quick actions against the shape they are saved with", () => {
  const issuesOf = (shape: ReturnType<typeof shapeOf>) => checkShape(shape).issues.map((issue) => issueMessage(issue, sentEntriesOf(shape)));

  it("names the action and the entry whose value its type does not allow", () => {
    const shape = shapeOf(served(safeChangeQueue({ quickActions: [fireClosure({ patch: { variables: [{ name: "Closure", value: "yes" }], prompts: [] } })] })));

    expect(issuesOf(shape)).toEqual(["Fire closure: Closure must be true or false"]);
  });

  it("says which values an enum allows", () => {
    const shape = shapeOf(served(safeChangeQueue({ quickActions: [fireClosure({ patch: { variables: [{ name: "Tier", value: "bronze" }], prompts: [] } })] })));

    expect(issuesOf(shape)).toEqual(["Fire closure: Tier must be one of gold, silver"]);
  });

  it("reports an action left pointing at a variable the shape no longer has", () => {
    const shape = shapeOf(served(safeChangeQueue()));
    shape.variables = shape.variables.map((row) => (row.name === "Closure" ? { ...row, name: "Closed" } : row));

    expect(issuesOf(shape)).toEqual(['Fire closure: "Closure" is not a variable of BasicQueue']);
  });

  it("refuses an action that sets nothing, and two actions of one name", () => {
    const empty = shapeOf(served(safeChangeQueue({ quickActions: [fireClosure({ patch: { variables: [], prompts: [] } })] })));
    expect(issuesOf(empty)).toEqual(["Fire closure: must change at least one variable or prompt"]);

    const twice = shapeOf(served(safeChangeQueue({ quickActions: [fireClosure(), fireClosure()] })));
    expect(issuesOf(twice)).toEqual(["Quick actions: quick action names must be unique"]);
  });

  it("numbers an action whose name is refused", () => {
    const shape = shapeOf(served(safeChangeQueue()));
    shape.quickActions = shape.quickActions.map((action) => ({ ...action, name: "" }));

    expect(issuesOf(shape)).toEqual([expect.stringMatching(/^Quick action 1 name: must be 1–64 characters/)]);
  });
});

