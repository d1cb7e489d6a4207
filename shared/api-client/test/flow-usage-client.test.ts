import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFlowConfigsClient } from "../src";
import type { FlowConfigsClient } from "../src";
import { aConfig } from "./factories";
import { startTestServer } from "./http-server";
import type { TestServer } from "./http-server";

let server: TestServer;
let client: FlowConfigsClient;

beforeEach(async () => {
  server = await startTestServer();
  client = createFlowConfigsClient({ baseUrl: server.url, getIdToken: async () => "token" });
});

afterEach(async () => {
  await server.close();
});

const lastRequest = () => server.requests.at(-1);

describe("which flows use a config", () => {
  it("reads a config's usage, and asks for a fresh scan on refresh", async () => {
    const flow = { id: "f1", name: "Main inbound", type: "CONTACT_FLOW", dynamic: false, reads: ["Welcome"], undefinedReads: [] };
    server.reply({ status: 200, body: { flows: [flow], scannedAt: "2026-12-01T10:00:00.000Z" } });
    expect((await client.usage("BasicQueue")).flows).toEqual([flow]);
    expect(lastRequest()?.url).toBe("/flow-configs/BasicQueue/usage");

    server.reply({ status: 200, body: { flows: [], scannedAt: "2026-12-01T10:00:00.000Z" } });
    await client.usage("BasicQueue", { refresh: true });
    expect(lastRequest()?.url).toBe("/flow-configs/BasicQueue/usage?refresh=true");
  });

  it("summarises a page of configs in one call", async () => {
    server.reply({ status: 200, body: { configs: [{ id: "BasicQueue", flows: 2 }], dynamicFlows: 0, scannedAt: "2026-12-01T10:00:00.000Z" } });
    expect(await client.usageSummary(["BasicQueue"])).toMatchObject({ configs: [{ id: "BasicQueue", flows: 2 }] });
    expect(lastRequest()?.url).toBe("/flow-configs/usage?ids=BasicQueue");
  });

  it("sends force=true on a forced delete or replace, and nothing otherwise", async () => {
    server.reply({ status: 204 });
    await client.remove("BasicQueue", { ifMatch: 3, force: true });
    expect(lastRequest()).toMatchObject({ method: "DELETE", url: "/flow-configs/BasicQueue?force=true" });

    server.reply({ status: 200, body: aConfig({ version: 4 }) });
    const { version: _version, updatedAt: _at, updatedBy: _by, ...input } = aConfig();
    await client.replace("BasicQueue", input, { ifMatch: 3 });
    expect(lastRequest()).toMatchObject({ method: "PUT", url: "/flow-configs/BasicQueue" });
  });
});
