import { describe, expect, it } from "vitest";
import { cloneConfig } from "../src";
import { austinOffice, basicQueue, fieldOfficeTemplate } from "./factories";

describe("cloneConfig", () => {
  it("makes a detached copy with the source's shape and values and no lookup keys", () => {
    const result = cloneConfig(basicQueue(), null, { id: "BasicQueueCopy", linkTemplate: false });
    if (!result.ok) throw result.error;
    expect(result.value).toMatchObject({ id: "BasicQueueCopy", templateId: null, lookupKeys: [], languages: ["en-US", "es-US"] });
    expect(result.value.variables).toEqual(basicQueue().variables);
  });

  it("keeps the kind in a detached copy: a copy of a list is a list", () => {
    const list = basicQueue({ id: "bad-actors", kind: "list", prompts: [], variables: [] });
    const result = cloneConfig(list, null, { id: "vip-callers", linkTemplate: false });
    expect(result).toMatchObject({ ok: true, value: { kind: "list" } });
  });

  it("detaches a copy of an instance with its effective values", () => {
    const result = cloneConfig(austinOffice(), fieldOfficeTemplate(), { id: "Austin-Standalone", linkTemplate: false });
    if (!result.ok) throw result.error;
    expect(result.value.templateId).toBeNull();
    expect(result.value.variables.find((variable) => variable.name === "OfficeName")).toEqual(
      expect.objectContaining({ value: "Austin", type: "string" }),
    );
  });

  it("links a clone of a template as a new instance with no overrides", () => {
    const result = cloneConfig(fieldOfficeTemplate(), null, { id: "Office-Denver", linkTemplate: true });
    expect(result).toEqual({
      ok: true,
      value: { id: "Office-Denver", description: "Template for field offices", templateId: "FieldOffice", variables: [], prompts: [], lookupKeys: [] },
    });
  });

  it("links a clone of an instance to the same template, keeping its overrides", () => {
    const result = cloneConfig(austinOffice(), fieldOfficeTemplate(), { id: "Office-Dallas", linkTemplate: true });
    if (!result.ok) throw result.error;
    expect(result.value).toMatchObject({ id: "Office-Dallas", templateId: "FieldOffice", lookupKeys: [], variables: [{ name: "OfficeName", value: "Austin" }] });
  });

  it("refuses to clone a config onto its own id", () => {
    expect(cloneConfig(basicQueue(), null, { id: "BasicQueue", linkTemplate: false })).toMatchObject({ ok: false, error: { code: "InvalidInput" } });
  });
});
