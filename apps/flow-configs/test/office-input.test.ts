import { describe, expect, it } from "vitest";
import type { FlowConfig } from "@flow-configs/model";
import { draftOf } from "../src/pages/config-edit/draft";
import { officeInput, splitLookupKeys } from "../src/pages/office-create/office-input";
import { basicQueue } from "./factories";

const template: FlowConfig = { ...basicQueue({ id: "FieldOffice", lookupKeys: [] }), version: 3, updatedAt: "2026-11-24T10:00:00.000Z", updatedBy: "alex" };

describe("a new office from a template", () => {
  it("sends only the values that differ from the template, the rest inherited", () => {
    const draft = draftOf(template);
    draft.variables.Greeting = "Howdy";
    const welcome = draft.prompts.Welcome;
    if (welcome?.["en-US"]) welcome["en-US"].voice = "Thanks for calling Austin";

    const { input, issues } = officeInput(template, { id: "Office-Denver", description: "Denver", lookupKeys: "+13035550100, DEN" }, draft);

    expect(issues).toEqual([]);
    expect(input).toEqual({
      id: "Office-Denver",
      description: "Denver",
      templateId: "FieldOffice",
      lookupKeys: ["+13035550100", "DEN"],
      variables: [{ name: "Greeting", value: "Howdy" }],
      prompts: [{ name: "Welcome", values: { "en-US": { voice: "Thanks for calling Austin" } } }],
    });
  });

  it("creates an office with no overrides when nothing was changed", () => {
    const { input } = officeInput(template, { id: "Office-Reno", description: "", lookupKeys: "" }, draftOf(template));

    expect(input).toMatchObject({ variables: [], prompts: [], lookupKeys: [] });
  });

  it("names a bad id and a bad lookup key and builds nothing", () => {
    const { input, issues } = officeInput(template, { id: "Office Denver", description: "", lookupKeys: "DEN #1" }, draftOf(template));

    expect(input).toBeNull();
    expect(issues.map((issue) => issue.path)).toEqual(["id", "lookupKeys"]);
    expect(issues[1]?.message).toContain('"#1"');
  });

  it("reads lookup keys separated by spaces, commas or lines, once each", () => {
    expect(splitLookupKeys(" AUS,+15125550100\nAUS  X ")).toEqual(["AUS", "+15125550100", "X"]);
  });
});
