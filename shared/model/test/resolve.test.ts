import { describe, expect, it } from "vitest";
import { effectiveConfig, previewConfig, PreviewSchema, resolveConfig } from "../src";
import { austinOffice, basicQueue, fieldOfficeTemplate } from "./factories";

describe("resolveConfig — what getConfig returns to a contact flow", () => {
  it("returns every variable and every prompt in one flat map of strings", () => {
    expect(resolveConfig(basicQueue(), { lang: "en-US", channel: "VOICE" })).toEqual({
      Closure: "false",
      ClosureOfferCallback: "false",
      Welcome: "Thank you for calling.",
      ClosureMessage: "<speak>We are <emphasis>currently</emphasis> closed.</speak>",
    });
  });

  it("serves the exact locale when it has a text", () => {
    expect(resolveConfig(basicQueue(), { lang: "es-US" }).Welcome).toBe("Gracias por llamar.");
  });

  it("falls back from es-MX to es-US", () => {
    expect(resolveConfig(basicQueue(), { lang: "es-MX" }).Welcome).toBe("Gracias por llamar.");
  });

  it("falls back to the default language when the language has no text", () => {
    expect(resolveConfig(basicQueue(), { lang: "es-US" }).ClosureMessage).toContain("We are");
    expect(resolveConfig(basicQueue(), { lang: "fr-CA" }).Welcome).toBe("Thank you for calling.");
  });

  it("uses the default language when no language is asked for", () => {
    expect(resolveConfig(basicQueue()).Welcome).toBe("Thank you for calling.");
  });

  it("matches the locale case-insensitively", () => {
    expect(resolveConfig(basicQueue(), { lang: "ES-us" }).Welcome).toBe("Gracias por llamar.");
  });

  it("serves the chat variant on CHAT when there is one", () => {
    expect(resolveConfig(basicQueue(), { lang: "en-US", channel: "CHAT" }).Welcome).toBe("Thank you for chatting with us.");
  });

  it("serves the voice text on CHAT when the language has no chat variant", () => {
    expect(resolveConfig(basicQueue(), { lang: "es-US", channel: "CHAT" }).Welcome).toBe("Gracias por llamar.");
  });

  it("serves an SSML voice text to CHAT as plain text, never as markup", () => {
    expect(resolveConfig(basicQueue(), { channel: "CHAT" }).ClosureMessage).toBe("We are currently closed.");
  });

  it("keeps SSML for VOICE", () => {
    expect(resolveConfig(basicQueue(), { channel: "VOICE" }).ClosureMessage).toMatch(/^<speak>/);
  });

  it("serves the voice text on TASK and EMAIL", () => {
    expect(resolveConfig(basicQueue(), { channel: "TASK" }).Welcome).toBe("Thank you for calling.");
  });

  it("resolves a prompt with no text in any fallback language to an empty string", () => {
    const config = basicQueue({ prompts: [{ name: "Empty", values: { "es-US": { chat: "solo chat" } } }] });
    expect(resolveConfig(config, { lang: "en-US", channel: "VOICE" }).Empty).toBe("");
  });

  it("resolves an instance's effective values: overrides on top of the template", () => {
    const office = effectiveConfig(austinOffice(), fieldOfficeTemplate());
    expect(resolveConfig(office, { lang: "es-US" })).toEqual({
      OfficeName: "Austin",
      OfficeOpen: "true",
      Region: "North",
      OfficeGreeting: "Bienvenido a nuestra oficina.",
    });
  });

  it("serves entries named like Object's own properties, in the JSON a contact flow reads", () => {
    const config = basicQueue({
      variables: ["__proto__", "constructor", "toString", "hasOwnProperty"].map((name) => ({ name, type: "string", value: `${name} value` })),
      prompts: [{ name: "valueOf", values: { "en-US": { voice: "Hello" } } }],
    });
    const served = JSON.parse(JSON.stringify(resolveConfig(config))) as Record<string, unknown>;
    expect(Object.entries(served)).toEqual([
      ["__proto__", "__proto__ value"],
      ["constructor", "constructor value"],
      ["toString", "toString value"],
      ["hasOwnProperty", "hasOwnProperty value"],
      ["valueOf", "Hello"],
    ]);
  });
});

describe("previewConfig", () => {
  it("gives the byte size of the response and marks prompts that fell back", () => {
    const preview = previewConfig(basicQueue(), { lang: "es-MX", channel: "VOICE" });
    expect(preview.bytes).toBe(new TextEncoder().encode(JSON.stringify(preview.values)).length);
    expect(preview.lang).toBe("es-MX");
    expect(preview.fallbacks).toEqual([
      { prompt: "Welcome", requested: "es-MX", served: "es-US" },
      { prompt: "ClosureMessage", requested: "es-MX", served: "en-US" },
    ]);
  });

  it("keeps a __proto__ entry when a client parses the preview", () => {
    const config = basicQueue({ variables: [{ name: "__proto__", type: "string", value: "served" }], prompts: [] });
    const parsed = PreviewSchema.parse(JSON.parse(JSON.stringify(previewConfig(config))));
    expect(Object.entries(parsed.values)).toEqual([["__proto__", "served"]]);
  });

  it("refuses a preview whose values are not all strings", () => {
    expect(PreviewSchema.safeParse({ ...previewConfig(basicQueue()), values: { Closure: false } }).error?.issues).toEqual([
      expect.objectContaining({ path: ["values", "Closure"] }),
    ]);
  });

  it("marks a prompt with no text at all as served by no language", () => {
    const config = basicQueue({ prompts: [{ name: "Empty", values: {} }] });
    expect(previewConfig(config).fallbacks).toEqual([{ prompt: "Empty", requested: "en-US", served: null }]);
  });
});
