import { ConnectClient } from "@aws-sdk/client-connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectContactFlowDirectory } from "#adapters/connect-contact-flow-directory";
import { startFakeConnect, type FakeFlow } from "../support/fake-connect";
import { flowContent } from "../support/flow-files";

const INSTANCE = "11111111-2222-3333-4444-555555555555";
const flows: FakeFlow[] = [
  { id: "f1", name: "BasicQueue", content: flowContent("BasicQueue", { id: "BasicQueue" }, ["Closure"]) },
  { id: "f2", name: "Queue hold", type: "CUSTOMER_QUEUE", content: flowContent("Queue hold", { id: "BasicQueue" }, ["HoldMessage"]) },
  { id: "f3", name: "Old menu", state: "ARCHIVED", content: flowContent("Old menu", { id: "BasicQueue" }, ["Welcome"]) },
  { id: "f4", name: "Gone", missing: true, content: "{}" },
  { id: "f5", name: "Default agent whisper", type: "AGENT_WHISPER", content: flowContent("Default agent whisper", null, []) },
];
const modules: FakeFlow[] = [{ id: "m1", name: "Office greeting", content: flowContent("Office greeting", {}, ["OfficeName"]) }];

describe("ConnectContactFlowDirectory (the SDK client against a fake Connect endpoint)", () => {
  let connect: Awaited<ReturnType<typeof startFakeConnect>>;
  let client: ConnectClient;
  beforeAll(async () => {
    connect = await startFakeConnect(INSTANCE, { flows, modules });
    client = new ConnectClient({ endpoint: connect.endpoint, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 1 });
  });
  afterAll(async () => {
    client.destroy();
    await connect.close();
  });

  it("reads every page of flows and modules, skips archived flows and names the ones it could not describe", async () => {
    const listing = await new ConnectContactFlowDirectory(client, INSTANCE).list();
    expect(listing.flows.map(({ id, name, type }) => ({ id, name, type })).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: "f1", name: "BasicQueue", type: "CONTACT_FLOW" },
      { id: "f2", name: "Queue hold", type: "CUSTOMER_QUEUE" },
      { id: "f5", name: "Default agent whisper", type: "AGENT_WHISPER" },
      { id: "m1", name: "Office greeting", type: "MODULE" },
    ]);
    expect(JSON.parse(listing.flows.find((flow) => flow.id === "f1")?.content as string)).toMatchObject({ Metadata: { name: "BasicQueue" } });
    expect(listing.errors).toEqual([{ id: "f4", name: "Gone", message: expect.stringContaining("could not be described") }]);
    expect(connect.calls.filter((call) => call.endsWith("-summary"))).toEqual([
      "contact-flows-summary",
      "contact-flows-summary",
      "contact-flows-summary",
      "contact-flow-modules-summary",
    ]);
  });

  it("serves its listing from cache for a few minutes, and reads Connect again on refresh or after", async () => {
    let now = new Date("2026-12-01T10:00:00Z");
    const directory = new ConnectContactFlowDirectory(client, INSTANCE, { ttlMs: 5 * 60 * 1000, now: () => now });
    const first = await directory.list();
    const calls = connect.calls.length;
    now = new Date("2026-12-01T10:04:00Z");
    expect(await directory.list()).toBe(first);
    expect(connect.calls.length).toBe(calls);
    const refreshed = await directory.list({ refresh: true });
    expect(refreshed).not.toBe(first);
    expect(refreshed.scannedAt).toBe("2026-12-01T10:04:00.000Z");
    now = new Date("2026-12-01T10:09:01Z");
    expect((await directory.list()).scannedAt).toBe("2026-12-01T10:09:01.000Z");
  });
});
