import { describe, expect, it } from "vitest";
import { parseConfigInput, parseValuePatch, validateAgainstTemplate, type InstanceBody } from "../src";
import { austinOffice, basicQueueBody, fieldOfficeTemplate, variable } from "./factories";

function issuesOf(json: unknown) {
  const result = parseConfigInput(json);
  if (result.ok) throw new Error("expected the input to be refused");
  expect(result.error.code).toBe("InvalidInput");
  return result.error.issues;
}

describe("parseConfigInput", () => {
  it("accepts the seed story's BasicQueue", () => {
    const result = parseConfigInput(basicQueueBody());
    expect(result.ok).toBe(true);
  });

  it("fills optional lists and the description with defaults", () => {
    const result = parseConfigInput({ id: "Minimal", languages: ["en-US"], defaultLanguage: "en-US" });
    expect(result).toMatchObject({ ok: true, value: { description: "", variables: [], prompts: [], lookupKeys: [], templateId: null } });
  });

  it("makes a config standard unless the admin says it is a list", () => {
    expect(parseConfigInput(basicQueueBody({ kind: undefined }))).toMatchObject({ ok: true, value: { kind: "standard" } });
    const list = basicQueueBody({ id: "bad-actors", kind: "list", prompts: [], variables: [variable({ name: "+15555550101", type: "list-entry" })] });
    expect(parseConfigInput(list)).toMatchObject({ ok: true, value: { kind: "list" } });
  });

  it("refuses a list with prompts or with variables other than list entries", () => {
    expect(issuesOf(basicQueueBody({ kind: "list" }))).toEqual([
      { path: "variables[0].type", message: "a list holds only list-entry variables; Closure is boolean" },
      { path: "variables[1].type", message: "a list holds only list-entry variables; ClosureOfferCallback is boolean" },
      { path: "prompts", message: "a list has no prompts: isBadActor reads only its entries" },
    ]);
  });

  it("refuses a kind that is neither standard nor list", () => {
    expect(issuesOf({ ...basicQueueBody(), kind: "queue" })[0]?.path).toBe("kind");
  });

  it("names the field of a missing or mistyped value", () => {
    expect(issuesOf({ id: "X", languages: "en-US", defaultLanguage: "en-US" })).toEqual([
      expect.objectContaining({ path: "languages" }),
    ]);
    expect(issuesOf({ languages: ["en-US"], defaultLanguage: "en-US" })).toEqual([expect.objectContaining({ path: "id" })]);
  });

  it("refuses config ids outside A–Z a–z 0–9 _ - or longer than 64", () => {
    expect(issuesOf(basicQueueBody({ id: "Basic Queue" }))[0]?.path).toBe("id");
    expect(issuesOf(basicQueueBody({ id: "x".repeat(65) }))[0]?.path).toBe("id");
  });

  it("refuses ids that name pages and routes", () => {
    expect(issuesOf(basicQueueBody({ id: "export" }))[0]).toMatchObject({ path: "id", message: expect.stringContaining("reserved") });
  });

  it("accepts an E.164 number as a variable name, for lists such as bad-actors", () => {
    const result = parseConfigInput(basicQueueBody({ variables: [variable({ name: "+15551234567", type: "list-entry" })] }));
    expect(result.ok).toBe(true);
  });

  it("refuses entry names with spaces or over 128 characters", () => {
    expect(issuesOf(basicQueueBody({ variables: [variable({ name: "Has space" })] }))[0]?.path).toBe("variables[0].name");
    expect(issuesOf(basicQueueBody({ variables: [variable({ name: "n".repeat(129) })] }))[0]?.path).toBe("variables[0].name");
  });

  it("refuses a variable and a prompt with the same name, naming both", () => {
    const body = basicQueueBody();
    body.variables.push(variable({ name: "Welcome" }));
    const [issue] = issuesOf(body);
    expect(issue?.path).toBe("prompts[0].name");
    expect(issue?.message).toContain("variables[2]");
    expect(issue?.message).toContain("prompts[0]");
  });

  it("refuses two variables with the same name", () => {
    const body = basicQueueBody();
    body.variables.push(variable({ name: "Closure", type: "boolean", value: "true" }));
    expect(issuesOf(body)[0]).toMatchObject({ path: "variables[2].name", message: expect.stringContaining("variables[0]") });
  });

  it.each([
    ["boolean", "yes", undefined],
    ["number", "12a", undefined],
    ["enum", "Purple", ["Red", "Green"]],
  ] as const)("refuses a %s variable whose value is %s", (type, value, options) => {
    const body = basicQueueBody({ variables: [variable({ name: "V", type, value, ...(options && { options: [...options] }) })] });
    expect(issuesOf(body)[0]).toMatchObject({ path: "variables[0].value", message: expect.stringContaining(value) });
  });

  it("accepts numbers with sign, decimals and exponent", () => {
    for (const value of ["0", "-3", "2.5", "1e3"]) {
      expect(parseConfigInput(basicQueueBody({ variables: [variable({ name: "N", type: "number", value })] })).ok).toBe(true);
    }
  });

  it("needs options for an enum and allows them only on enums", () => {
    expect(issuesOf(basicQueueBody({ variables: [variable({ name: "E", type: "enum", value: "A" })] }))[0]?.path).toBe("variables[0].options");
    expect(issuesOf(basicQueueBody({ variables: [variable({ name: "S", value: "A", options: ["A"] })] }))[0]?.path).toBe("variables[0].options");
  });

  it("lets a list entry's value be empty: its existence is what matters", () => {
    expect(parseConfigInput(basicQueueBody({ variables: [variable({ name: "+15555550101", type: "list-entry", value: "" })] })).ok).toBe(true);
  });

  it("needs the default language among the languages", () => {
    expect(issuesOf(basicQueueBody({ defaultLanguage: "fr-CA" }))[0]?.path).toBe("defaultLanguage");
  });

  it("refuses a language that is not a locale code, and a language listed twice", () => {
    expect(issuesOf(basicQueueBody({ languages: ["en-US", "English"] }))[0]?.path).toBe("languages[1]");
    expect(issuesOf(basicQueueBody({ languages: ["en-US", "en-US"] }))[0]?.path).toBe("languages[1]");
  });

  it("refuses prompt texts in a language the config does not have", () => {
    const body = basicQueueBody({ languages: ["en-US"] });
    expect(issuesOf(body)[0]?.path).toBe("prompts[0].values.es-US");
  });

  it("refuses a malformed SSML voice text, naming the prompt and language", () => {
    const body = basicQueueBody();
    body.prompts[1] = { name: "ClosureMessage", values: { "en-US": { voice: "<speak>We are <emphasis>closed.</speak>" } } };
    const [issue] = issuesOf(body);
    expect(issue?.path).toBe("prompts[1].values.en-US.voice");
    expect(issue?.message).toMatch(/^ClosureMessage \(en-US, voice\): .*emphasis/);
  });

  it("names an instance's malformed SSML override by its prompt and language", () => {
    const office = { ...austinOffice(), prompts: [{ name: "OfficeGreeting", values: { "es-US": { voice: "<speak>Hola &#99999999;</speak>" } } }] };
    const [issue] = issuesOf(office);
    expect(issue).toMatchObject({ path: "prompts[0].values.es-US.voice", message: expect.stringMatching(/^OfficeGreeting \(es-US, voice\): /) });
  });

  it("refuses a lookup key listed twice", () => {
    expect(issuesOf(basicQueueBody({ lookupKeys: ["AUS", "AUS"] }))[0]?.path).toBe("lookupKeys[1]");
  });

  it("reads a config with a templateId as an instance carrying only overrides", () => {
    const result = parseConfigInput({ id: "Office-Denver", templateId: "FieldOffice", variables: [{ name: "OfficeName", value: "Denver" }] });
    expect(result).toMatchObject({ ok: true, value: { templateId: "FieldOffice", variables: [{ name: "OfficeName", value: "Denver" }] } });
  });

  it("refuses an instance that names itself as its template", () => {
    expect(issuesOf({ id: "Office", templateId: "Office" })[0]?.path).toBe("templateId");
  });
});

describe("parseValuePatch", () => {
  it("defaults missing lists to empty", () => {
    expect(parseValuePatch({ variables: [{ name: "Closure", value: "true" }] })).toMatchObject({
      ok: true,
      value: { variables: [{ name: "Closure", value: "true" }], prompts: [] },
    });
  });

  it("refuses a name given twice", () => {
    const result = parseValuePatch({ variables: [{ name: "Closure", value: "true" }, { name: "Closure", value: "false" }] });
    expect(result.ok).toBe(false);
  });
});

describe("validateAgainstTemplate", () => {
  const instance = (overrides: Partial<InstanceBody>) => ({ ...(austinOffice(overrides) as InstanceBody) });

  it("accepts overrides of the template's entries", () => {
    expect(validateAgainstTemplate(instance({}), fieldOfficeTemplate())).toEqual([]);
  });

  it("refuses an override of a name the template does not define", () => {
    expect(validateAgainstTemplate(instance({ variables: [{ name: "Nope", value: "x" }] }), fieldOfficeTemplate())).toEqual([
      expect.objectContaining({ path: "variables[0].name", message: expect.stringContaining("Nope") }),
    ]);
  });

  it("type-checks an override against the template's variable", () => {
    expect(validateAgainstTemplate(instance({ variables: [{ name: "Region", value: "Central" }] }), fieldOfficeTemplate())[0]?.path).toBe(
      "variables[0].value",
    );
  });

  it("refuses a template that is itself an instance", () => {
    expect(validateAgainstTemplate(instance({}), austinOffice())[0]?.path).toBe("templateId");
  });
});
