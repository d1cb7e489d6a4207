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
    ["<speak>Hi &#99999999;</speak>", '"&#99999999;" at character 11, which is not a valid character'],
    ["<speak>Hi &#x110000;</speak>", "not a valid character"],
    ["<speak>Hi &#0;</speak>", "not a valid character"],
    ["<speak>Hi &#xD800;</speak>", "not a valid character"],
    ['<speak><prosody rate="<x">Hi</prosody></speak>', "malformed tag"],
  ])("refuses %s", (text, problem) => {
    expect(checkSsml(text)).toContain(problem);
  });

  it("strips SSML to plain text for chat, decoding entities", () => {
    expect(stripSsml('<speak>We are <emphasis level="strong">closed</emphasis>.<break time="1s"/>Fish &amp; chips.</speak>')).toBe(
      "We are closed. Fish & chips.",
    );
  });

  it("accepts character references that name characters, up to the last code point", () => {
    expect(checkSsml("<speak>Caf&#233; &#x1F600; &#x10FFFF;</speak>")).toBeNull();
  });

  it("strips an invalid character reference instead of throwing, for texts saved before it was refused", () => {
    expect(stripSsml("<speak>Hi &#99999999; there</speak>")).toBe("Hi there");
  });

  it("decodes character references for chat", () => {
    expect(stripSsml("<speak>Caf&#233; &#x26; bar</speak>")).toBe("Café & bar");
  });

  it("keeps an attribute value holding > inside its tag, in the check and in the chat text", () => {
    const text = '<speak><prosody rate="x>y">Hello</prosody> there</speak>';
    expect(checkSsml(text)).toBeNull();
    expect(stripSsml(text)).toBe("Hello there");
  });

  it("reads a comment holding a tag as a comment", () => {
    expect(stripSsml("<speak>Hi <!-- <break/> --> there</speak>")).toBe("Hi there");
  });
});
