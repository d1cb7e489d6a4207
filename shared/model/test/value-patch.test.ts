import { describe, expect, it } from "vitest";
import { applyValuePatch, type ValuePatch } from "../src";
import { austinOffice, basicQueue, fieldOfficeTemplate } from "./factories";

const patch = (overrides: Partial<ValuePatch>): ValuePatch => ({ variables: [], prompts: [], ...overrides });

describe("applyValuePatch — a business user changes values only", () => {
  it("changes the named variable and keeps every other entry", () => {
    const result = applyValuePatch(basicQueue(), patch({ variables: [{ name: "Closure", value: "true" }] }), null);
    if (!result.ok) throw result.error;
    expect(result.value.variables).toEqual([
      expect.objectContaining({ name: "Closure", value: "true", type: "boolean" }),
      expect.objectContaining({ name: "ClosureOfferCallback", value: "false" }),
    ]);
    expect(result.value.prompts).toEqual(basicQueue().prompts);
  });

  it("changes one language's voice text and keeps its chat text", () => {
    const result = applyValuePatch(basicQueue(), patch({ prompts: [{ name: "Welcome", values: { "en-US": { voice: "Hello." } } }] }), null);
    if (!result.ok) throw result.error;
    expect(result.value.prompts[0]).toMatchObject({ values: { "en-US": { voice: "Hello.", chat: "Thank you for chatting with us." } } });
  });

  it("refuses a name the config does not define, naming it", () => {
    const result = applyValuePatch(basicQueue(), patch({ variables: [{ name: "Holiday", value: "true" }] }), null);
    expect(result).toMatchObject({ ok: false, error: { code: "InvalidInput", issues: [{ path: "variables[0].name" }] } });
    if (!result.ok) expect(result.error.message).toContain("Holiday");
  });

  it("says so when a prompt's name is sent as a variable", () => {
    const result = applyValuePatch(basicQueue(), patch({ variables: [{ name: "Welcome", value: "x" }] }), null);
    if (result.ok) throw new Error("expected a refusal");
    expect(result.error.message).toContain("it is a prompt");
  });

  it("type-checks the new value", () => {
    const result = applyValuePatch(basicQueue(), patch({ variables: [{ name: "Closure", value: "maybe" }] }), null);
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: "variables[0].value" }] } });
  });

  it("refuses a text in a language the config does not have", () => {
    const result = applyValuePatch(basicQueue(), patch({ prompts: [{ name: "Welcome", values: { "fr-CA": { voice: "Bonjour" } } }] }), null);
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: "prompts[0].values.fr-CA" }] } });
  });

  it("refuses malformed SSML", () => {
    const result = applyValuePatch(basicQueue(), patch({ prompts: [{ name: "Welcome", values: { "en-US": { voice: "<speak>Hi" } } }] }), null);
    expect(result).toMatchObject({
      ok: false,
      error: { issues: [{ path: "prompts[0].values.en-US.voice", message: "Welcome (en-US, voice): SSML leaves <speak> unclosed" }] },
    });
  });

  it("keeps an instance's change as an override, checked against the template", () => {
    const result = applyValuePatch(austinOffice(), patch({ variables: [{ name: "Region", value: "South" }] }), fieldOfficeTemplate());
    if (!result.ok) throw result.error;
    expect(result.value.variables).toEqual([
      { name: "OfficeName", value: "Austin" },
      { name: "Region", value: "South" },
    ]);
    expect(result.value.templateId).toBe("FieldOffice");
  });

  it("merges a prompt override of an instance with its existing override", () => {
    const result = applyValuePatch(
      austinOffice(),
      patch({ prompts: [{ name: "OfficeGreeting", values: { "es-US": { voice: "Bienvenido a Austin." } } }] }),
      fieldOfficeTemplate(),
    );
    if (!result.ok) throw result.error;
    expect(result.value.prompts).toEqual([
      { name: "OfficeGreeting", values: { "en-US": { voice: "Welcome to the Austin office." }, "es-US": { voice: "Bienvenido a Austin." } } },
    ]);
  });

  it("refuses to patch an instance whose template is missing", () => {
    expect(applyValuePatch(austinOffice(), patch({}), null)).toMatchObject({ ok: false, error: { code: "TemplateMissing" } });
  });

  it("resets an instance's override: the name is inherited from the template again", () => {
    const result = applyValuePatch(austinOffice(), patch({ reset: ["OfficeName", "OfficeGreeting"] }), fieldOfficeTemplate());
    if (!result.ok) throw result.error;
    expect(result.value.variables).toEqual([]);
    expect(result.value.prompts).toEqual([]);
  });

  it("resets a stale override the template no longer defines", () => {
    const office = austinOffice({ variables: [{ name: "OfficeName", value: "Austin" }, { name: "Retired", value: "x" }] });
    const result = applyValuePatch(office, patch({ reset: ["Retired"] }), fieldOfficeTemplate());
    if (!result.ok) throw result.error;
    expect(result.value.variables).toEqual([{ name: "OfficeName", value: "Austin" }]);
  });

  it("refuses to reset a name neither the template nor the instance has, naming it", () => {
    const result = applyValuePatch(austinOffice(), patch({ reset: ["Holiday"] }), fieldOfficeTemplate());
    expect(result).toMatchObject({ ok: false, error: { code: "InvalidInput", issues: [{ path: "reset[0]", message: expect.stringContaining("Holiday") }] } });
  });

  it("refuses to change and reset the same name", () => {
    const result = applyValuePatch(austinOffice(), patch({ variables: [{ name: "OfficeName", value: "X" }], reset: ["OfficeName"] }), fieldOfficeTemplate());
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: "reset[0]" }] } });
  });

  it("refuses reset on a config that is not an instance", () => {
    const result = applyValuePatch(basicQueue(), patch({ reset: ["Closure"] }), null);
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: "reset" }] } });
  });
});
