import type { FlowConfig } from "@flow-configs/model";
import { describe, expect, it } from "vitest";
import { draftIssues, draftOf, patchOf, promptKey, rebase, variableKey } from "../src/pages/config-edit/draft";
import { basicQueue } from "./factories";

const stored = (overrides: Partial<FlowConfig> = {}): FlowConfig => ({
  ...basicQueue(),
  version: 3,
  updatedAt: "2026-11-24T10:00:00.000Z",
  updatedBy: "alex",
  ...overrides,
});

describe("the value patch", () => {
  it("sends only the variables and prompt texts that changed", () => {
    const config = stored();
    const draft = draftOf(config);
    draft.variables.Closure = "true";
    const welcome = draft.prompts.Welcome;
    if (!welcome?.["es-US"]) throw new Error("factory has no es-US Welcome");
    welcome["es-US"].chat = "Gracias por escribir";

    expect(patchOf(config, draft)).toEqual({
      variables: [{ name: "Closure", value: "true" }],
      prompts: [{ name: "Welcome", values: { "es-US": { chat: "Gracias por escribir" } } }],
    });
  });

  it("is empty when nothing changed", () => {
    const config = stored();
    expect(patchOf(config, draftOf(config))).toEqual({ variables: [], prompts: [] });
  });
});

describe("reapplying edits after a conflict", () => {
  it("keeps the user's edits on top of the server's other changes", () => {
    const startedFrom = stored();
    const mine = draftOf(startedFrom);
    mine.variables.Closure = "true";
    const server = stored({
      version: 4,
      variables: startedFrom.variables.map((variable) => (variable.name === "MaxWaitMinutes" ? { ...variable, value: "20" } : variable)),
    });

    const rebased = rebase(startedFrom, mine, server);

    expect(rebased.variables.Closure).toBe("true");
    expect(rebased.variables.MaxWaitMinutes).toBe("20");
    expect(patchOf(server, rebased)).toEqual({ variables: [{ name: "Closure", value: "true" }], prompts: [] });
  });

  it("drops an edit to an entry the server no longer has", () => {
    const startedFrom = stored();
    const mine = draftOf(startedFrom);
    mine.variables.Tier = "silver";
    const server = stored({ version: 4, variables: startedFrom.variables.filter((variable) => variable.name !== "Tier") });

    expect(rebase(startedFrom, mine, server).variables).not.toHaveProperty("Tier");
  });
});

describe("inline checks", () => {
  it("marks a number with letters, an enum outside its options and an empty required text", () => {
    const config = stored();
    const draft = draftOf(config);
    draft.variables.MaxWaitMinutes = "10 minutes";
    draft.variables.Tier = "bronze";
    draft.variables.Greeting = " ";

    const issues = draftIssues(config, draft);

    expect(Object.keys(issues).sort()).toEqual([variableKey("Greeting"), variableKey("MaxWaitMinutes"), variableKey("Tier")].sort());
    expect(issues[variableKey("MaxWaitMinutes")]).toMatch(/number/);
  });

  it("marks a cleared voice text and malformed SSML", () => {
    const config = stored();
    const draft = draftOf(config);
    const welcome = draft.prompts.Welcome;
    if (!welcome?.["en-US"] || !welcome["es-US"]) throw new Error("factory has no Welcome texts");
    welcome["en-US"].voice = "";
    welcome["es-US"].voice = "<speak>Hola <break time='1s'></speak>";

    const issues = draftIssues(config, draft);

    expect(issues[promptKey("Welcome", "en-US", "voice")]).toBe("Enter the voice text");
    expect(issues[promptKey("Welcome", "es-US", "voice")]).toBeDefined();
  });

  it("finds nothing wrong with the saved values", () => {
    const config = stored();
    expect(draftIssues(config, draftOf(config))).toEqual({});
  });
});
