import type { ChangeRequest } from "@flow-configs/model";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ApiError, ChangeRequestedError, createFlowConfigsClient, requireSaved } from "../src";
import type { FlowConfigsClient } from "../src";
import { aConfig } from "./factories";
import { startTestServer } from "./http-server";
import type { TestServer } from "./http-server";

let server: TestServer;
let client: FlowConfigsClient;

beforeEach(async () => {
  server = await startTestServer();
  client = createFlowConfigsClient({ baseUrl: server.url, getIdToken: async () => "token-1" });
});

afterEach(async () => {
  await server.close();
});

const aChangeRequest = (overrides: Partial<ChangeRequest> = {}): ChangeRequest => ({
  id: "r1",
  kind: "values",
  patch: { variables: [{ name: "Closure", value: "true" }], prompts: [] },
  requestedBy: "morgan",
  requestedAt: "2026-12-01T12:00:00.000Z",
  baseVersion: 3,
  status: "pending",
  ...overrides,
});

function lastRequest() {
  const request = server.requests.at(-1);
  if (!request) throw new Error("the server received no request");
  return request;
}

const CLOSE = { variables: [{ name: "Closure", value: "true" }], prompts: [] };

describe("saving values on a config that may require approval", () => {
  it("says it saved when the API answers 200", async () => {
    server.reply({ status: 200, body: aConfig({ version: 4 }), headers: { ETag: '"4"' } });

    const outcome = await client.patchValues("BasicQueue", CLOSE, { ifMatch: 3 });

    expect(outcome).toMatchObject({ kind: "saved", saved: { etag: '"4"', config: { version: 4 } } });
    expect(lastRequest()).toMatchObject({ method: "PATCH", url: "/flow-configs/BasicQueue/values", body: CLOSE });
    expect(lastRequest().headers["if-match"]).toBe('"3"');
  });

  it("says a change request waits when the API answers 202", async () => {
    server.reply({ status: 202, body: aChangeRequest() });

    const outcome = await client.patchValues("BasicQueue", CLOSE, { ifMatch: 3 });

    expect(outcome).toEqual({ kind: "requested", request: aChangeRequest() });
  });

  it("lets a caller that cannot wait for approval take a request for the error it is to it", async () => {
    server.reply({ status: 202, body: aChangeRequest() });

    const error = await client.patchValues("BasicQueue", CLOSE, { ifMatch: 3 }).then((outcome) => requireSaved("BasicQueue", outcome)).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ChangeRequestedError);
    expect((error as ChangeRequestedError).request.id).toBe("r1");
    expect((error as Error).message).toContain("BasicQueue requires approval");
  });

  it("refuses a 202 body that is not a change request", async () => {
    server.reply({ status: 202, body: { id: "r1" } });

    const error = await client.patchValues("BasicQueue", CLOSE, { ifMatch: 3 }).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: "InvalidResponse", message: "the API sent a change request this client cannot read" });
  });
});

describe("quick actions", () => {
  it("runs one by its name, encoded in the path, with no If-Match and no body", async () => {
    server.reply({ status: 200, body: aConfig({ version: 5 }), headers: { ETag: '"5"' } });

    const { config, etag } = await client.runQuickAction("BasicQueue", "Fire closure");

    expect(lastRequest()).toMatchObject({ method: "POST", url: "/flow-configs/BasicQueue/quick-actions/Fire%20closure", body: undefined });
    expect(lastRequest().headers["if-match"]).toBeUndefined();
    expect([config.version, etag]).toEqual([5, '"5"']);
  });

  it("throws the API's 403 for a user who may not run it", async () => {
    server.reply({ status: 403, body: { code: "Forbidden", message: "riley may not RunQuickAction on BasicQueue" } });

    const error = await client.runQuickAction("BasicQueue", "Reopen").catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, code: "Forbidden" });
  });
});

describe("change requests", () => {
  it("lists a config's requests", async () => {
    const decided = aChangeRequest({ id: "r0", status: "rejected", decidedBy: "avery", decidedAt: "2026-12-01T13:00:00.000Z", reason: "Not now" });
    server.reply({ status: 200, body: { items: [aChangeRequest(), decided] } });

    const requests = await client.listChangeRequests("BasicQueue");

    expect(requests.map((request) => [request.id, request.status])).toEqual([["r1", "pending"], ["r0", "rejected"]]);
    expect(lastRequest()).toMatchObject({ method: "GET", url: "/flow-configs/BasicQueue/change-requests" });
  });

  it("approves with the config's version in If-Match and reads the new version", async () => {
    server.reply({ status: 200, body: aConfig({ version: 5 }) });

    const { config } = await client.approveChangeRequest("BasicQueue", "r1", { ifMatch: 4 });

    expect(lastRequest()).toMatchObject({ method: "POST", url: "/flow-configs/BasicQueue/change-requests/r1/approve", body: undefined });
    expect(lastRequest().headers["if-match"]).toBe('"4"');
    expect(config.version).toBe(5);
  });

  it("passes on the 409 that names the entries changed since the request", async () => {
    const message = "Closure changed since morgan asked (version 3): approving would undo that; reject this request and ask morgan to ask again";
    server.reply({ status: 409, body: { code: "Conflict", message } });

    const error = await client.approveChangeRequest("BasicQueue", "r1", { ifMatch: 4 }).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ status: 409, code: "Conflict", message });
  });

  it("rejects with the reason in the body and If-Match", async () => {
    server.reply({ status: 200, body: aConfig({ version: 5 }) });

    await client.rejectChangeRequest("BasicQueue", "r1", "Not during the sale", { ifMatch: '"4"' });

    expect(lastRequest()).toMatchObject({ method: "POST", url: "/flow-configs/BasicQueue/change-requests/r1/reject", body: { reason: "Not during the sale" } });
    expect(lastRequest().headers["if-match"]).toBe('"4"');
  });
});
