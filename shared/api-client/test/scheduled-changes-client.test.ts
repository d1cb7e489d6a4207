import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ApiError, createFlowConfigsClient } from "../src";
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

function lastRequest() {
  const request = server.requests.at(-1);
  if (!request) throw new Error("the server received no request");
  return request;
}

const CHRISTMAS = { from: "2026-12-25T00:00", to: "2026-12-26T00:00", patch: { variables: [{ name: "Closure", value: "true" }], prompts: [] } };
const aWindow = { id: "w1", ...CHRISTMAS, createdBy: "morgan", createdAt: "2026-12-01T12:00:00.000Z" };

describe("scheduled changes", () => {
  it("schedules a window with If-Match and reads the new version", async () => {
    server.reply({ status: 201, body: aConfig({ version: 4, scheduledChanges: [aWindow] }), headers: { ETag: '"4"' } });

    const outcome = await client.scheduleChange("Office Austin", CHRISTMAS, { ifMatch: 3 });

    expect(outcome).toEqual({ kind: "scheduled", saved: { config: expect.objectContaining({ version: 4, scheduledChanges: [aWindow] }), etag: '"4"' } });
    expect(lastRequest()).toMatchObject({ method: "POST", url: "/flow-configs/Office%20Austin/scheduled-changes", body: CHRISTMAS });
    expect(lastRequest().headers["if-match"]).toBe('"3"');
  });

  it("reads a 202 as the change request a config that requires approval makes", async () => {
    const request = { id: "r1", kind: "schedule", ...CHRISTMAS, requestedBy: "morgan", requestedAt: "2026-12-01T12:00:00.000Z", baseVersion: 3, status: "pending" };
    server.reply({ status: 202, body: request });

    const outcome = await client.scheduleChange("BasicQueue", CHRISTMAS, { ifMatch: '"3"' });

    expect(outcome).toEqual({ kind: "requested", request: expect.objectContaining({ id: "r1", status: "pending", baseVersion: 3 }) });
  });

  it("removes a window by id with If-Match", async () => {
    server.reply({ status: 200, body: aConfig({ version: 5 }) });

    const removed = await client.removeScheduledChange("BasicQueue", "w/1", { ifMatch: 4 });

    expect(removed.etag).toBe('"5"');
    expect(lastRequest()).toMatchObject({ method: "DELETE", url: "/flow-configs/BasicQueue/scheduled-changes/w%2F1" });
    expect(lastRequest().headers["if-match"]).toBe('"4"');
  });

  it("throws the API's 400 naming what is wrong with the window", async () => {
    server.reply({ status: 400, body: { code: "InvalidInput", message: "to: this window has already ended", issues: [{ path: "to", message: "this window has already ended" }] } });

    const refused = await client.scheduleChange("BasicQueue", CHRISTMAS, { ifMatch: 3 }).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 400, issues: [{ path: "to", message: "this window has already ended" }] });
  });

  it("previews at an instant", async () => {
    server.reply({ status: 200, body: { lang: "en-US", channel: "VOICE", values: { Closure: "true" }, bytes: 16, fallbacks: [] } });

    await client.preview("BasicQueue", { at: "2026-12-25T06:00:00.000Z" });

    expect(lastRequest().url).toBe("/flow-configs/BasicQueue/preview?at=2026-12-25T06%3A00%3A00.000Z");
  });
});
