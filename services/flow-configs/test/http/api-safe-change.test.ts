import type { ChangeRequest, FlowConfig, HistoryEntry, Preview } from "@flow-configs/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aChangeRecord, aConfig, aPrompt, aVariable } from "../support/factories";
import { createApiHarness, type ApiHarness, type RequestOptions } from "../support/api-harness";

let api: ApiHarness;
let avery: string;
let ids = 0;
// The API's clock: 1 December 2026, noon UTC, so Christmas windows are in the future.
const NOW = new Date("2026-12-01T12:00:00Z");

beforeAll(async () => {
  api = await createApiHarness({ now: () => NOW });
  // Like every non-admin, an approver sees only what the scope claim grants: here every config
  avery = await api.identity.mintIdToken({ username: "avery", groups: ["FlowConfigsApprover"], scope: "*" });
});
afterAll(() => api.close());

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;
const CLOSE_FOR_CHRISTMAS = { from: "2026-12-25T00:00", to: "2026-12-26T00:00", patch: { variables: [{ name: "Closure", value: "true" }], prompts: [] } };
const FIRE_CLOSURE = { name: "Fire closure", patch: { variables: [{ name: "Closure", value: "true" }, { name: "ClosureOfferCallback", value: "false" }], prompts: [] } };

/** A config of its own for a case (so no case disturbs another), standalone, in Chicago. */
async function aQueue(overrides: Parameters<typeof aConfig>[0] = {}): Promise<string> {
  ids += 1;
  const id = `Queue-${ids}`;
  await api.store.create(aConfig({ id, timeZone: "America/Chicago", quickActions: [FIRE_CLOSURE], ...overrides }), aChangeRecord());
  return id;
}

const schedule = async (id: string, body: unknown, options: RequestOptions = { as: "business" }) =>
  api.request("POST", `/flow-configs/${id}/scheduled-changes`, { ...options, ifMatch: await api.versionOf(id), body });
const preview = async (id: string, at: string) => json<Preview>(await api.request("GET", `/flow-configs/${id}/preview?at=${encodeURIComponent(at)}`, { as: "readOnly" }));
const history = async (id: string) => (await json<{ items: HistoryEntry[] }>(await api.request("GET", `/flow-configs/${id}/history`, { as: "readOnly" }))).items;

describe("scheduled changes", () => {
  it("schedules a window as a new version that the preview (and getConfig) serve only inside it", async () => {
    const id = await aQueue();
    const response = await schedule(id, { ...CLOSE_FOR_CHRISTMAS, note: "Christmas" });
    expect(response.status).toBe(201);
    expect(response.headers.get("ETag")).toBe('"2"');
    const config = await json<FlowConfig>(response);
    expect(config.scheduledChanges).toEqual([expect.objectContaining({ ...CLOSE_FOR_CHRISTMAS, note: "Christmas", createdBy: "morgan", createdAt: NOW.toISOString() })]);
    expect(config.variables.find((variable) => variable.name === "Closure")?.value).toBe("false");
    // Midnight in Chicago is 06:00Z in December.
    expect((await preview(id, "2026-12-25T05:59:00Z")).values.Closure).toBe("false");
    expect((await preview(id, "2026-12-25T06:00:00Z")).values.Closure).toBe("true");
    expect((await preview(id, "2026-12-26T06:00:00Z")).values.Closure).toBe("false");
    const [latest] = await history(id);
    expect(latest).toMatchObject({ version: 2, action: "schedule-change", updatedBy: "morgan", detail: { scheduledChange: { from: "2026-12-25T00:00", to: "2026-12-26T00:00" } } });
  });

  it("refuses windows that end before they start or have ended, patches that do not fit, and a 51st window", async () => {
    const id = await aQueue();
    const cases: Array<[unknown, string]> = [
      [{ ...CLOSE_FOR_CHRISTMAS, to: "2026-12-24T00:00" }, "must be after from (2026-12-25 00:00 CST)"],
      [{ ...CLOSE_FOR_CHRISTMAS, from: "2026-11-01T00:00", to: "2026-11-02T00:00" }, "already ended"],
      [{ ...CLOSE_FOR_CHRISTMAS, patch: { variables: [{ name: "Closed", value: "true" }] } }, '"Closed" is not a variable of'],
      [{ ...CLOSE_FOR_CHRISTMAS, patch: { variables: [{ name: "Closure", value: "yes" }] } }, "Closure"],
      [{ ...CLOSE_FOR_CHRISTMAS, from: "25/12/2026" }, "must be an ISO-8601 date-time"],
      [{ ...CLOSE_FOR_CHRISTMAS, every: "year" }, "every"],
    ];
    for (const [body, message] of cases) {
      const response = await schedule(id, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await json<{ message: string }>(response)).message).toContain(message);
    }
    const windows = Array.from({ length: 50 }, (_, index) => ({ ...CLOSE_FOR_CHRISTMAS, id: `w${index}`, createdBy: "alex", createdAt: NOW.toISOString() }));
    const full = await aQueue({ scheduledChanges: windows });
    const refused = await schedule(full, CLOSE_FOR_CHRISTMAS);
    expect(refused.status).toBe(400);
    expect((await json<{ message: string }>(refused)).message).toContain("already has 50 scheduled changes");
  });

  it("needs the current version: 428 without If-Match, 412 with a stale one", async () => {
    const id = await aQueue();
    expect((await api.request("POST", `/flow-configs/${id}/scheduled-changes`, { as: "business", body: CLOSE_FOR_CHRISTMAS })).status).toBe(428);
    expect((await api.request("POST", `/flow-configs/${id}/scheduled-changes`, { as: "business", ifMatch: 7, body: CLOSE_FOR_CHRISTMAS })).status).toBe(412);
  });

  it("refuses a window that would make getConfig answer over 32 KB at some instant, naming language and channel", async () => {
    const id = await aQueue();
    const long = "x".repeat(33_000);
    const response = await schedule(id, { from: "2026-12-25T00:00", patch: { prompts: [{ name: "Welcome", values: { "es-US": { voice: long } } }] } });
    expect(response.status).toBe(413);
    expect((await json<{ message: string }>(response)).message).toMatch(new RegExp(`${id} \\(es-US, VOICE: \\d+ bytes from 2026-12-25 00:00 CST\\)`));
  });

  it("removes a window as a new version; an unknown one is a 404, a template's is removed on the template", async () => {
    const id = await aQueue();
    const scheduled = await json<FlowConfig>(await schedule(id, CLOSE_FOR_CHRISTMAS));
    const windowId = scheduled.scheduledChanges?.[0]?.id;
    const removed = await api.request("DELETE", `/flow-configs/${id}/scheduled-changes/${windowId}`, { as: "business", ifMatch: scheduled.version });
    expect(removed.status).toBe(200);
    expect((await json<FlowConfig>(removed)).scheduledChanges).toBeUndefined();
    expect((await preview(id, "2026-12-25T12:00:00Z")).values.Closure).toBe("false");
    expect((await history(id))[0]).toMatchObject({ action: "remove-scheduled-change", detail: { scheduledChange: { id: windowId } } });
    const unknown = await api.request("DELETE", `/flow-configs/${id}/scheduled-changes/nope`, { as: "business", ifMatch: await api.versionOf(id) });
    expect(unknown.status).toBe(404);
  });

  it("reaches every instance of a template with one write, at each office's own midnight", async () => {
    const austinVersion = await api.versionOf("Office-Austin");
    const response = await schedule("FieldOffice", { from: "2026-12-24T00:00", to: "2026-12-24T01:00", patch: { variables: [{ name: "Closure", value: "true" }] } }, { as: "admin" });
    expect(response.status).toBe(201);
    expect(await api.versionOf("Office-Austin")).toBe(austinVersion);
    // FieldOffice has no zone: UTC midnight.
    expect((await preview("Office-Austin", "2026-12-24T00:30:00Z")).values.Closure).toBe("true");
    expect((await preview("Office-Boston", "2026-12-24T00:30:00Z")).values.Closure).toBe("true");
    const austin = await json<FlowConfig>(await api.request("GET", "/flow-configs/Office-Austin", { as: "readOnly" }));
    expect(austin.templateScheduledChanges?.[0]?.from).toBe("2026-12-24T00:00");
    const windowId = austin.templateScheduledChanges?.[0]?.id;
    const onInstance = await api.request("DELETE", `/flow-configs/Office-Austin/scheduled-changes/${windowId}`, { as: "admin", ifMatch: austinVersion });
    expect(onInstance.status).toBe(404);
    expect((await json<{ message: string }>(onInstance)).message).toContain("template FieldOffice");
  });

  it("keeps windows through a PUT and reports those the new shape no longer fits, never serving them", async () => {
    const id = await aQueue();
    const scheduled = await json<FlowConfig>(await schedule(id, CLOSE_FOR_CHRISTMAS));
    const reshaped = aConfig({ id, timeZone: "America/Chicago", variables: [aVariable({ name: "ClosureOfferCallback" })] });
    const put = await api.request("PUT", `/flow-configs/${id}`, { as: "admin", ifMatch: scheduled.version, body: reshaped });
    expect(put.status).toBe(200);
    const config = await json<FlowConfig>(put);
    expect(config.scheduledChanges).toHaveLength(1);
    expect(config.scheduleMisfits).toEqual([{ id: scheduled.scheduledChanges?.[0]?.id, issues: [expect.objectContaining({ message: `"Closure" is not a variable of ${id}` })] }]);
    const sneaky = await api.request("PUT", `/flow-configs/${id}`, { as: "admin", ifMatch: config.version, body: { ...reshaped, scheduledChanges: [] } });
    expect(sneaky.status).toBe(400);
    expect((await json<{ message: string }>(sneaky)).message).toContain("scheduledChanges: cannot be set here");
  });

  it("refuses a time zone that is not an IANA name", async () => {
    const response = await api.request("POST", "/flow-configs", { as: "admin", body: aConfig({ id: "Zoned", timeZone: "Central" }) });
    expect(response.status).toBe(400);
    expect((await json<{ message: string }>(response)).message).toContain("timeZone: must be an IANA time zone");
  });
});

describe("two-person rule", () => {
  const requireApproval = () => aQueue({ approval: "required" });
  const patchClosure = async (id: string, value: string, as: RequestOptions["as"] = "business") =>
    api.request("PATCH", `/flow-configs/${id}/values`, { as, ifMatch: await api.versionOf(id), body: { variables: [{ name: "Closure", value }] } });

  it("answers a values change with 202 and a pending request, changing nothing a flow reads", async () => {
    const id = await requireApproval();
    const response = await patchClosure(id, "true");
    expect(response.status).toBe(202);
    const request = await json<ChangeRequest>(response);
    expect(request).toMatchObject({ kind: "values", status: "pending", requestedBy: "morgan", baseVersion: 1, patch: { variables: [{ name: "Closure", value: "true" }] } });
    expect((await preview(id, NOW.toISOString())).values.Closure).toBe("false");
    const listed = await json<{ items: ChangeRequest[] }>(await api.request("GET", `/flow-configs/${id}/change-requests`, { as: "readOnly" }));
    expect(listed.items.map((item) => item.id)).toEqual([request.id]);
  });

  it("lets an approver apply it as a new version naming requester and approver — never the requester", async () => {
    const id = await requireApproval();
    const request = await json<ChangeRequest>(await patchClosure(id, "true", "admin"));
    const approvePath = `/flow-configs/${id}/change-requests/${request.id}/approve`;
    const own = await api.request("POST", approvePath, { as: "admin", ifMatch: await api.versionOf(id) });
    expect(own.status).toBe(403);
    expect((await json<{ message: string }>(own)).message).toContain("another person must approve it");
    expect((await api.request("POST", approvePath, { as: "business", ifMatch: await api.versionOf(id) })).status).toBe(403);
    const approved = await api.request("POST", approvePath, { token: avery, ifMatch: await api.versionOf(id) });
    expect(approved.status).toBe(200);
    expect((await json<FlowConfig>(approved)).variables.find((variable) => variable.name === "Closure")?.value).toBe("true");
    expect((await history(id))[0]).toMatchObject({ action: "approve-change", updatedBy: "avery", detail: { requestedBy: "alex", approvedBy: "avery", requestId: request.id } });
    const again = await api.request("POST", approvePath, { token: avery, ifMatch: await api.versionOf(id) });
    expect(again.status).toBe(409);
  });

  it("refuses to approve over a change made since the request, naming the entry", async () => {
    const id = await requireApproval();
    const request = await json<ChangeRequest>(await patchClosure(id, "true"));
    const fired = await api.request("POST", `/flow-configs/${id}/quick-actions/${encodeURIComponent("Fire closure")}`, { as: "business" });
    expect(fired.status).toBe(200);
    const response = await api.request("POST", `/flow-configs/${id}/change-requests/${request.id}/approve`, { token: avery, ifMatch: await api.versionOf(id) });
    expect(response.status, await response.clone().text()).toBe(409);
    expect((await json<{ message: string }>(response)).message).toMatch(/^Closure changed since morgan asked \(version 1\)/);
  });

  it("turns a scheduled change into a request too, and applies it as a window when approved", async () => {
    const id = await requireApproval();
    const requested = await schedule(id, CLOSE_FOR_CHRISTMAS);
    expect(requested.status).toBe(202);
    const request = await json<ChangeRequest>(requested);
    expect(request).toMatchObject({ kind: "schedule", from: CLOSE_FOR_CHRISTMAS.from, to: CLOSE_FOR_CHRISTMAS.to });
    const approved = await json<FlowConfig>(await api.request("POST", `/flow-configs/${id}/change-requests/${request.id}/approve`, { token: avery, ifMatch: await api.versionOf(id) }));
    expect(approved.scheduledChanges).toEqual([expect.objectContaining({ from: CLOSE_FOR_CHRISTMAS.from, createdBy: "morgan" })]);
  });

  it("rejects with a reason, which the history keeps", async () => {
    const id = await requireApproval();
    const request = await json<ChangeRequest>(await patchClosure(id, "true"));
    const path = `/flow-configs/${id}/change-requests/${request.id}/reject`;
    expect((await api.request("POST", path, { token: avery, ifMatch: await api.versionOf(id), body: {} })).status).toBe(400);
    const rejected = await api.request("POST", path, { token: avery, ifMatch: await api.versionOf(id), body: { reason: "Not during the sale" } });
    expect(rejected.status).toBe(200);
    const listed = await json<{ items: ChangeRequest[] }>(await api.request("GET", `/flow-configs/${id}/change-requests`, { as: "business" }));
    expect(listed.items[0]).toMatchObject({ status: "rejected", decidedBy: "avery", reason: "Not during the sale" });
    expect((await history(id))[0]).toMatchObject({ action: "reject-change", detail: { reason: "Not during the sale", requestedBy: "morgan" } });
  });
});

describe("quick actions", () => {
  it("applies the pre-approved patch at once, with no If-Match, even where approval is required", async () => {
    const id = await aQueue({ approval: "required", variables: [aVariable(), aVariable({ name: "ClosureOfferCallback", value: "true" })] });
    const response = await api.request("POST", `/flow-configs/${id}/quick-actions/${encodeURIComponent("Fire closure")}`, { as: "business" });
    expect(response.status).toBe(200);
    const values = (await preview(id, NOW.toISOString())).values;
    expect(values).toMatchObject({ Closure: "true", ClosureOfferCallback: "false" });
    expect((await history(id))[0]).toMatchObject({ action: "quick-action", updatedBy: "morgan", detail: { quickAction: "Fire closure" } });
  });

  it("is refused to read-only users and unknown by a name the config lacks", async () => {
    const id = await aQueue();
    expect((await api.request("POST", `/flow-configs/${id}/quick-actions/${encodeURIComponent("Fire closure")}`, { as: "readOnly" })).status).toBe(403);
    const unknown = await api.request("POST", `/flow-configs/${id}/quick-actions/Reopen`, { as: "business" });
    expect(unknown.status).toBe(404);
    expect((await json<{ message: string }>(unknown)).message).toContain("it has Fire closure");
  });

  it("must fit the shape it is saved with", async () => {
    const response = await api.request("POST", "/flow-configs", {
      as: "admin",
      body: aConfig({ id: "BadAction", quickActions: [{ name: "Open", patch: { variables: [{ name: "Opened", value: "true" }], prompts: [] } }], prompts: [aPrompt()] }),
    });
    expect(response.status).toBe(400);
    expect((await json<{ message: string }>(response)).message).toContain('quickActions[0].patch.variables[0].name: "Opened" is not a variable of BadAction');
  });
});

describe("who may schedule, approve and run quick actions", () => {
  it.each([
    ["business", 201],
    ["readOnly", 403],
    ["businessScopedToAustin", 404],
    ["noGroup", 403],
  ] as const)("schedules as %s → %i", async (user, status) => {
    const id = await aQueue();
    expect((await schedule(id, CLOSE_FOR_CHRISTMAS, { as: user })).status).toBe(status);
  });

  it("lets a scoped approver approve only in scope", async () => {
    const austinApprover = await api.identity.mintIdToken({ username: "ava", groups: ["FlowConfigsApprover"], scope: "id:Office-Austin" });
    const id = await aQueue({ approval: "required" });
    const request = await json<ChangeRequest>(await api.request("PATCH", `/flow-configs/${id}/values`, { as: "admin", ifMatch: 1, body: { variables: [{ name: "Closure", value: "true" }] } }));
    const response = await api.request("POST", `/flow-configs/${id}/change-requests/${request.id}/approve`, { token: austinApprover, ifMatch: await api.versionOf(id) });
    expect(response.status).toBe(404);
  });
});
