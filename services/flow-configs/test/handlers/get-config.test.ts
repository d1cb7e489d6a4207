import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { DynamoDbConfigReader } from "../../src/adapters/dynamodb-config-reader";
import { CachedConfigReader } from "../../src/domain/cached-config-reader";
import { getConfig } from "../../src/domain/get-config";
import { aChangeRecord, aConfig, aVariable } from "../support/factories";
import { aContactFlowEvent } from "../support/contact-flow-events";
import { aConfigReader } from "../support/config-reader";
import { startClosableProxy } from "../support/closable-proxy";
import { seedConfigs } from "../support/seed-configs";
import { createTestTable } from "../store/config-table";

type TestTable = Awaited<ReturnType<typeof createTestTable>>;
let table: TestTable;
let reader: DynamoDbConfigReader;

beforeAll(async () => {
  table = await createTestTable();
  await seedConfigs(table.store);
  reader = aConfigReader(table.tableName);
});
afterAll(() => table.close());

const quietLog = { warn: vi.fn() };

describe("getConfig resolves a contact's config", () => {
  it("returns every variable and the voice prompts for a VOICE contact", async () => {
    const values = await getConfig(reader, aContactFlowEvent({ parameters: { id: "BasicQueue" }, languageCode: "en-US" }));
    expect(values).toEqual({
      Closure: "false",
      ClosureOfferCallback: "false",
      Welcome: "Thank you for calling.",
      ClosureMessage: "We are currently closed.",
    });
  });

  it("serves the chat variant to a CHAT contact", async () => {
    const values = await getConfig(reader, aContactFlowEvent({ channel: "CHAT", parameters: { id: "BasicQueue" }, languageCode: "en-US" }));
    expect(values.Welcome).toBe("Thank you for chatting with us.");
  });

  it("serves an SSML voice text to CHAT as plain text", async () => {
    const values = await getConfig(reader, aContactFlowEvent({ channel: "CHAT", parameters: { id: "Office-Austin" } }));
    expect(values.OfficeGreeting).toBe("Welcome to the field office.");
  });

  it("keeps SSML for VOICE", async () => {
    const values = await getConfig(reader, aContactFlowEvent({ parameters: { id: "Office-Austin" } }));
    expect(values.OfficeGreeting).toBe("<speak>Welcome to the <emphasis>field office</emphasis>.</speak>");
  });

  it("uses ContactData.LanguageCode, falling back from es-MX to es-US", async () => {
    const values = await getConfig(reader, aContactFlowEvent({ parameters: { id: "BasicQueue" }, languageCode: "es-MX" }));
    expect(values.Welcome).toBe("Gracias por llamar.");
    expect(values.ClosureMessage).toBe("We are currently closed.");
  });

  it("uses the default language when LanguageCode is absent", async () => {
    const values = await getConfig(reader, aContactFlowEvent({ parameters: { id: "BasicQueue" } }));
    expect(values.Welcome).toBe("Thank you for calling.");
  });

  it("lets the lang parameter win over LanguageCode", async () => {
    const values = await getConfig(reader, aContactFlowEvent({ parameters: { id: "BasicQueue", lang: "es-US" }, languageCode: "en-US" }));
    expect(values.Welcome).toBe("Gracias por llamar.");
  });

  it("merges an instance's overrides over its template", async () => {
    const values = await getConfig(reader, aContactFlowEvent({ parameters: { id: "Office-Austin" } }));
    expect(values).toMatchObject({ OfficeName: "Austin", Closure: "false" });
  });

  it("finds the config by the dialed number when there is no id", async () => {
    const values = await getConfig(reader, aContactFlowEvent({ dialedNumber: "+18005550100" }));
    expect(values.Welcome).toBe("Thank you for calling.");
  });

  it("finds the config by the lookup parameter", async () => {
    const values = await getConfig(reader, aContactFlowEvent({ parameters: { lookup: "BOS" } }));
    expect(values.OfficeName).toBe("Field office");
  });

  it("fails with UnknownFlowConfig for an unknown id", async () => {
    await expect(getConfig(reader, aContactFlowEvent({ parameters: { id: "NoSuchConfig" } }))).rejects.toMatchObject({
      name: "UnknownFlowConfig",
      message: expect.stringContaining("NoSuchConfig"),
    });
  });

  it("fails with UnknownLookupKey for a dialed number no config has", async () => {
    await expect(getConfig(reader, aContactFlowEvent({ dialedNumber: "+19995550000" }))).rejects.toMatchObject({
      name: "UnknownLookupKey",
      message: expect.stringContaining("+19995550000"),
    });
  });

  it("fails with MalformedContactFlowEvent for an event that is not a ContactFlowEvent", async () => {
    await expect(getConfig(reader, { hello: "world" })).rejects.toMatchObject({
      name: "MalformedContactFlowEvent",
      message: expect.stringContaining("Details"),
    });
    const numberParameter = aContactFlowEvent({ parameters: { id: "BasicQueue" } });
    (numberParameter.Details.Parameters as Record<string, unknown>).id = 42;
    await expect(getConfig(reader, numberParameter)).rejects.toMatchObject({ name: "MalformedContactFlowEvent", message: expect.stringContaining("Parameters.id") });
  });

  it("fails with MalformedContactFlowEvent for a chat with neither id, lookup nor dialed number", async () => {
    await expect(getConfig(reader, aContactFlowEvent({ channel: "CHAT" }))).rejects.toMatchObject({ name: "MalformedContactFlowEvent" });
  });

  it("fails with ResponseTooLarge rather than return more than 32 KB", async () => {
    const variables = Array.from({ length: 40 }, (_, index) => aVariable({ name: `Text${index}`, type: "string", value: "x".repeat(1000) }));
    await table.store.create(aConfig({ id: "Oversized", variables, prompts: [] }), aChangeRecord());
    await expect(getConfig(reader, aContactFlowEvent({ parameters: { id: "Oversized" } }))).rejects.toMatchObject({
      name: "ResponseTooLarge",
      message: expect.stringMatching(/Oversized.*32768/),
    });
  });
});

describe("the container cache", () => {
  it("serves a change only after the TTL", async () => {
    let now = 0;
    const cached = new CachedConfigReader(reader, 5000, quietLog, () => now);
    await table.store.create(aConfig({ id: "Cached", variables: [aVariable({ value: "false" })], prompts: [] }), aChangeRecord());
    const event = aContactFlowEvent({ parameters: { id: "Cached" } });
    expect((await getConfig(cached, event)).Closure).toBe("false");

    await table.store.update("Cached", 1, aConfig({ id: "Cached", variables: [aVariable({ value: "true" })], prompts: [] }), aChangeRecord({ action: "update-values" }));
    now = 4999;
    expect((await getConfig(cached, event)).Closure).toBe("false");
    now = 5000;
    expect((await getConfig(cached, event)).Closure).toBe("true");
  });

  it("serves the last good value when DynamoDB becomes unreachable, and logs the fault", async () => {
    const proxy = await startClosableProxy(inject("dynamoDbEndpoint"));
    let now = 0;
    const log = { warn: vi.fn() };
    const cached = new CachedConfigReader(aConfigReader(table.tableName, proxy.endpoint), 5000, log, () => now);
    const event = aContactFlowEvent({ parameters: { id: "Office-Boston" }, languageCode: "es-US" });
    const warm = await getConfig(cached, event);

    await proxy.close();
    now = 60_000;
    expect(await getConfig(cached, event)).toEqual(warm);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining("stale"), expect.objectContaining({ key: "Office-Boston" }));

    // Nothing cached to fall back on: the fault itself reaches the flow.
    await expect(getConfig(cached, aContactFlowEvent({ parameters: { id: "BasicQueue" } }))).rejects.toThrow();
  });
});
