import { describe, expect, it } from "vitest";
import { DomainError, effectiveConfig, staleOverrides, type StoredConfig } from "../src";
import { austinOffice, basicQueue, fieldOfficeTemplate } from "./factories";

describe("effectiveConfig", () => {
  it("returns a standalone config as it is", () => {
    const config = basicQueue();
    expect(effectiveConfig(config, null)).toMatchObject({ id: "BasicQueue", templateId: null, variables: config.variables });
  });

  it("gives an instance its template's shape and languages", () => {
    const office = effectiveConfig(austinOffice(), fieldOfficeTemplate());
    expect(office.languages).toEqual(["en-US", "es-US"]);
    expect(office.variables.map((variable) => variable.name)).toEqual(["OfficeName", "OfficeOpen", "Region"]);
    expect(office.lookupKeys).toEqual(["+15125550100", "AUS"]);
  });

  it("gives an instance its template's kind", () => {
    expect(effectiveConfig(austinOffice(), { ...fieldOfficeTemplate(), kind: "list" } as StoredConfig).kind).toBe("list");
    expect(effectiveConfig(austinOffice(), fieldOfficeTemplate()).kind).toBe("standard");
  });

  it("reads a config stored before kinds existed as standard", () => {
    const { kind: _kind, ...withoutKind } = basicQueue({ kind: "list" });
    expect(effectiveConfig(withoutKind as StoredConfig, null).kind).toBe("standard");
  });

  it("marks each entry of an instance inherited or overridden", () => {
    const office = effectiveConfig(austinOffice(), fieldOfficeTemplate());
    expect(office.variables.map((variable) => [variable.name, variable.value, variable.source])).toEqual([
      ["OfficeName", "Austin", "overridden"],
      ["OfficeOpen", "true", "inherited"],
      ["Region", "North", "inherited"],
    ]);
    expect(office.prompts[0]?.source).toBe("overridden");
  });

  it("keeps the template's texts for the languages and variants an override does not name", () => {
    const greeting = effectiveConfig(austinOffice(), fieldOfficeTemplate()).prompts[0];
    expect(greeting?.values).toEqual({
      "en-US": { voice: "Welcome to the Austin office." },
      "es-US": { voice: "Bienvenido a nuestra oficina." },
    });
  });

  it("passes a change to the template's values on to every instance that does not override it", () => {
    const template = fieldOfficeTemplate() as Extract<StoredConfig, { templateId: null }>;
    template.variables[1] = { ...template.variables[1]!, value: "false" };
    expect(effectiveConfig(austinOffice(), template).variables[1]?.value).toBe("false");
  });

  it("leaves out overrides of entries the template removed, and reports them as stale", () => {
    const template = fieldOfficeTemplate() as Extract<StoredConfig, { templateId: null }>;
    template.variables = template.variables.filter((variable) => variable.name !== "OfficeName");
    expect(effectiveConfig(austinOffice(), template).variables.map((variable) => variable.name)).toEqual(["OfficeOpen", "Region"]);
    expect(staleOverrides(austinOffice(), template)).toEqual(["OfficeName"]);
  });

  it("fails clearly when an instance's template is missing", () => {
    expect(() => effectiveConfig(austinOffice(), null)).toThrow(DomainError);
    expect(() => effectiveConfig(austinOffice(), null)).toThrow("template FieldOffice of flow config Office-Austin is missing");
    const error = (() => {
      try {
        effectiveConfig(austinOffice(), null);
      } catch (thrown) {
        return thrown;
      }
      return null;
    })();
    expect(error).toMatchObject({ code: "TemplateMissing" });
  });
});
