import { describe, expect, it } from "vitest";
import { configSummary } from "../src";
import { austinOffice, fieldOfficeTemplate } from "./factories";

describe("configSummary (a list row)", () => {
  it("counts a template's own variables and prompts and carries its metadata", () => {
    const template = fieldOfficeTemplate();
    expect(configSummary(template)).toEqual({
      id: "FieldOffice",
      description: "Template for field offices",
      templateId: null,
      lookupKeys: [],
      variableCount: 3,
      promptCount: 1,
      version: 1,
      updatedAt: template.updatedAt,
      updatedBy: template.updatedBy,
    });
  });

  it("counts an instance's overrides, not its template's entries", () => {
    expect(configSummary(austinOffice())).toMatchObject({
      id: "Office-Austin",
      templateId: "FieldOffice",
      lookupKeys: ["+15125550100", "AUS"],
      variableCount: 1,
      promptCount: 1,
    });
  });
});
