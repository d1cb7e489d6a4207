import { describe, expect, it } from "vitest";
import { checkSsml, isSsml, stripSsml } from "../src";

describe("SSML voice texts", () => {
  it("recognises SSML by its <speak> root", () => {
    expect(isSsml("<speak>Hello</speak>")).toBe(true);
    expect(isSsml("Hello <b>there</b>")).toBe(false);
  });

  it("accepts well-formed SSML with attributes, self-closing tags and entities", () => {
    expect(checkSsml('<speak>Hi <break time="1s"/> <prosody rate="slow">there</prosody> &amp; bye</speak>')).toBeNull();
  });

  it.each([
    ["<speak>Hi", "unclosed"],
    ["<speak>Hi <emphasis>there</speak>", "emphasis"],
    ["<speak>Fish & chips</speak>", "&"],
    ["<speak>Hi</speak> trailing", "after </speak>"],
    ["<speak>Hi <break time=1s/></speak>", "malformed tag"],
  ])("refuses %s", (text, problem) => {
    expect(checkSsml(text)).toContain(problem);
  });

  it("strips SSML to plain text for chat, decoding entities", () => {
    expect(stripSsml('<speak>We are <emphasis level="strong">closed</emphasis>.<break time="1s"/>Fish &amp; chips.</speak>')).toBe(
      "We are closed. Fish & chips.",
    );
  });
});
