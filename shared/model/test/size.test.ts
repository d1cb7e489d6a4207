import { describe, expect, it } from "vitest";
import { itemSize, itemTooLarge, LIMITS, maxResponseSize, responseSize, storedItemSize, utf8Length } from "../src";
import { basicQueue, basicQueueBody, stored } from "./factories";

describe("size meters", () => {
  it("counts UTF-8 bytes as DynamoDB and Connect do", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("ñ")).toBe(2);
    expect(utf8Length("€")).toBe(3);
    expect(utf8Length("😀")).toBe(4);
  });

  it("counts an item as attribute names plus values", () => {
    expect(itemSize({ PK: "CONFIG#A", SK: "CURRENT" })).toBe(2 + 8 + 2 + 7);
  });

  it("counts numbers by significant digits, booleans and nulls as one byte", () => {
    expect(itemSize({ n: 12345 })).toBe(1 + 4);
    expect(itemSize({ b: true, z: null })).toBe(2 + 2);
  });

  it("counts maps and lists with 3 bytes of overhead and 1 byte per element", () => {
    expect(itemSize({ m: { a: "x" } })).toBe(1 + 3 + 1 + 1 + 1);
    expect(itemSize({ l: ["x", "y"] })).toBe(1 + 3 + 2 + 2);
  });

  it("does not count attributes that are not written", () => {
    expect(itemSize({ a: "x", b: undefined })).toBe(2);
  });

  it("grows the stored item size with a prompt's text", () => {
    const small = storedItemSize(stored(basicQueueBody()));
    const body = basicQueueBody();
    body.prompts[0]!.values["en-US"] = { voice: "x".repeat(10_000) };
    expect(storedItemSize(stored(body)) - small).toBeGreaterThan(9_900);
  });

  it("measures a getConfig response as its JSON text", () => {
    expect(responseSize({ Closure: "true" })).toBe('{"Closure":"true"}'.length);
  });

  it("finds the largest response over every language and channel", () => {
    const config = basicQueue();
    config.prompts[0]!.values["es-US"] = { voice: "y".repeat(20_000) };
    expect(maxResponseSize(config)).toMatchObject({ lang: "es-US", channel: "VOICE" });
    expect(maxResponseSize(config).bytes).toBeGreaterThan(20_000);
  });

  it("knows the limits: 400 KB items, 32 KB responses, warning from 75 %", () => {
    expect(LIMITS).toEqual({ itemBytes: 409_600, responseBytes: 32_768, warnRatio: 0.75 });
  });

  it("refuses an item over the limit in one wording, with its size when it is known", () => {
    expect(itemTooLarge("Huge", 410_000)).toMatchObject({
      code: "TooLarge",
      message: "flow config Huge would take 410000 bytes, over DynamoDB's item limit of 409600 bytes",
    });
    expect(itemTooLarge("Huge", null).message).toBe("flow config Huge would take more than DynamoDB's item limit of 409600 bytes");
  });
});
