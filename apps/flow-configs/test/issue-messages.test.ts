import { describe, expect, it } from "vitest";
import { issueField, issueMessage } from "../src/api/issue-messages";

const sent = { variables: [{ name: "Mode" }], prompts: [{ name: "Welcome" }] };

describe("the API's issues in the user's words", () => {
  it("names the variable instead of its place in the request, and says what to choose", () => {
    expect(issueMessage({ path: "variables[0].value", message: 'must be one of "a", "b", not "c"' }, sent)).toBe("Mode: choose one of a, b");
  });

  it("names a prompt's language and variant", () => {
    expect(issueMessage({ path: "prompts[0].values.es-US.voice", message: "the SSML is not well-formed" }, sent)).toBe("Welcome (es-US voice): the SSML is not well-formed");
    expect(issueField("prompts[0].values.es-US.voice", sent)).toEqual({ kind: "prompt", name: "Welcome", language: "es-US", variant: "voice" });
  });

  it("labels a top-level field and keeps a path it cannot read", () => {
    expect(issueMessage({ path: "id", message: "must be 1–64 characters" })).toBe("Id: must be 1–64 characters");
    expect(issueMessage({ path: "variables[3].value", message: "must be a number, not \"x\"" }, sent)).toBe("variables[3].value: enter a number");
  });
});

describe("a quick action's issues in the user's words", () => {
  const withAction = { quickActions: [{ name: "Fire closure", patch: { variables: [{ name: "Closure" }], prompts: [{ name: "Welcome" }] } }] };

  it("names the action and the entry it sets", () => {
    expect(issueMessage({ path: "quickActions[0].patch.variables[0].value", message: 'Closure must be "true" or "false", not "yes"' }, withAction)).toBe(
      "Fire closure: Closure must be true or false",
    );
    expect(issueField("quickActions[0].patch.prompts[0].values.fr-CA", withAction)).toEqual({ kind: "quickAction", action: "Fire closure", entry: "Welcome" });
  });

  it("names the action alone for what is wrong with it as a whole, and numbers one without a name", () => {
    expect(issueMessage({ path: "quickActions[0].patch", message: "must change at least one variable or prompt" }, withAction)).toBe(
      "Fire closure: must change at least one variable or prompt",
    );
    expect(issueMessage({ path: "quickActions[1].name", message: "must be 1–64 characters" }, withAction)).toBe("Quick action 2 name: must be 1–64 characters");
  });
});
