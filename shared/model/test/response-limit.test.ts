import { describe, expect, it } from "vitest";
import { checkResponseLimit, effectiveConfig, LIMITS, maxResponseSize } from "../src";
import { austinOffice, basicQueue, fieldOfficeTemplate, stored, variable } from "./factories";

/** A chat text that alone takes a getConfig response over Connect's limit. */
const tooLong = "x".repeat(LIMITS.responseBytes);

const withChatWelcome = (language: string, chat: string) =>
  basicQueue({ prompts: [{ name: "Welcome", values: { "en-US": { voice: "Hello" }, [language]: { voice: "Hola", chat } } }] });

const office = (id: string, greeting: string) =>
  effectiveConfig(austinOffice({ id, prompts: [{ name: "OfficeGreeting", values: { "es-US": { voice: greeting } } }] }), fieldOfficeTemplate());

describe("checkResponseLimit", () => {
  it("lets a config whose every response fits through", () => {
    expect(checkResponseLimit(basicQueue())).toBeNull();
  });

  it("refuses a config whose largest response is over the limit, naming its language, channel and size", () => {
    const config = withChatWelcome("es-US", tooLong);
    const { bytes } = maxResponseSize(config);
    const error = checkResponseLimit(config);
    expect(error).toMatchObject({ code: "TooLarge" });
    expect(error?.message).toBe(`getConfig would answer BasicQueue with ${bytes} bytes for es-US CHAT, over Amazon Connect's 32768-byte limit`);
  });

  it("exempts a list, which isBadActor reads and getConfig never serves", () => {
    const names = Array.from({ length: 3000 }, (_, index) => `+1555${String(index).padStart(7, "0")}`);
    const list = basicQueue({ id: "bad-actors", kind: "list", prompts: [], variables: names.map((name) => variable({ name, type: "list-entry" })) });
    expect(maxResponseSize(list).bytes).toBeGreaterThan(LIMITS.responseBytes);
    expect(checkResponseLimit(list)).toBeNull();
  });

  it("refuses a template change that takes an instance over, naming each instance with its figures", () => {
    const template = effectiveConfig(fieldOfficeTemplate(), null);
    const instances = [office("Office-Austin", tooLong), office("Office-Boston", "Hola"), office("Office-Chicago", `${tooLong}y`)];
    const [austin, chicago] = [maxResponseSize(instances[0]!), maxResponseSize(instances[2]!)];
    expect(checkResponseLimit(template, instances)?.message).toBe(
      "this change to template FieldOffice would make getConfig answer 2 instances over Amazon Connect's 32768-byte limit: " +
        `Office-Austin (es-US, VOICE: ${austin.bytes} bytes), Office-Chicago (es-US, VOICE: ${chicago.bytes} bytes)`,
    );
  });

  it("names ten instances and counts the rest", () => {
    const template = effectiveConfig(fieldOfficeTemplate(), null);
    const instances = Array.from({ length: 12 }, (_, index) => office(`Office-${index}`, tooLong));
    expect(checkResponseLimit(template, instances)?.message).toMatch(/12 instances .*Office-9 \(es-US, VOICE: \d+ bytes\) and 2 more$/);
  });

  it("exempts the instances of a list template: they are lists too", () => {
    const listTemplate = stored({ ...fieldOfficeTemplate(), kind: "list" as const, prompts: [], variables: [] });
    const instance = effectiveConfig(austinOffice({ variables: [], prompts: [] }), listTemplate);
    expect(instance.kind).toBe("list");
    expect(checkResponseLimit(effectiveConfig(listTemplate, null), [{ ...instance, variables: [variable({ name: "Big", value: tooLong })] }])).toBeNull();
  });
});
