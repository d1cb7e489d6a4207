import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DynamoDbConfigReader } from "../../src/adapters/dynamodb-config-reader";
import { CachedConfigReader } from "../../src/domain/cached-config-reader";
import { getConfig } from "../../src/domain/get-config";
import { aChangeRecord, aConfig, anInstance, aScheduledChange, aVariable } from "../support/factories";
import { aContactFlowEvent } from "../support/contact-flow-events";
import { aConfigReader } from "../support/config-reader";
import { createTestTable } from "../store/config-table";

type TestTable = Awaited<ReturnType<typeof createTestTable>>;
let table: TestTable;
let reader: DynamoDbConfigReader;

const quietLog = { warn: vi.fn() };
const at = (text: string) => Date.parse(text);
const CHRISTMAS_EVE = at("2026-12-24T23:59:59Z");

beforeAll(async () => {
  table = await createTestTable();
  reader = aConfigReader(table.tableName);
  await table.store.create(aConfig({ id: "Holiday", scheduledChanges: [aScheduledChange()] }), aChangeRecord());
  await table.store.create(
    aConfig({
      id: "OfficeTemplate",
      variables: [aVariable(), aVariable({ name: "OfficeName", type: "string", value: "Field office" })],
      timeZone: "America/Chicago",
      scheduledChanges: [aScheduledChange({ id: "midnight", from: "2026-12-25T00:00", to: "2026-12-26T00:00" })],
    }),
    aChangeRecord(),
  );
  await table.store.create(anInstance({ id: "Office-Chicago", templateId: "OfficeTemplate", variables: [], lookupKeys: [] }), aChangeRecord());
  await table.store.create(anInstance({ id: "Office-NewYork", templateId: "OfficeTemplate", variables: [], lookupKeys: [], timeZone: "America/New_York" }), aChangeRecord());
});
afterAll(() => table.close());

const closure = async (source: Parameters<typeof getConfig>[0], id: string, now: number) =>
  (await getConfig(source, aContactFlowEvent({ parameters: { id } }), { now: () => now })).Closure;

describe("getConfig resolves at the moment of the call", () => {
  it("serves the stored values before a window and the window's values inside it", async () => {
    expect(await closure(reader, "Holiday", CHRISTMAS_EVE)).toBe("false");
    expect(await closure(reader, "Holiday", at("2026-12-25T00:00:00Z"))).toBe("true");
    expect(await closure(reader, "Holiday", at("2026-12-26T00:00:00Z"))).toBe("false");
  });

  it("opens a template's wall-clock window at each office's own midnight", async () => {
    const newYorkMidnight = at("2026-12-25T05:00:00Z");
    expect(await closure(reader, "Office-NewYork", newYorkMidnight)).toBe("true");
    expect(await closure(reader, "Office-Chicago", newYorkMidnight)).toBe("false");
    expect(await closure(reader, "Office-Chicago", at("2026-12-25T06:00:00Z"))).toBe("true");
  });

  it("resolves at the at parameter only where the local stack allows it", async () => {
    const event = aContactFlowEvent({ parameters: { id: "Holiday", at: "2026-12-25T12:00:00Z" } });
    expect((await getConfig(reader, event, { allowAt: true, now: () => CHRISTMAS_EVE })).Closure).toBe("true");
    await expect(getConfig(reader, event)).rejects.toMatchObject({ name: "MalformedContactFlowEvent", message: expect.stringContaining("local stack only") });
    const wallClock = aContactFlowEvent({ parameters: { id: "Holiday", at: "2026-12-25T12:00" } });
    await expect(getConfig(reader, wallClock, { allowAt: true })).rejects.toMatchObject({ message: expect.stringContaining("with Z or an offset") });
  });
});

describe("the container cache and window boundaries", () => {
  it("opens and closes a window in a live call at its boundary, though the TTL is longer", async () => {
    let now = CHRISTMAS_EVE;
    const cached = new CachedConfigReader(reader, 60_000, quietLog, () => now);
    expect(await closure(cached, "Holiday", now)).toBe("false");
    now = at("2026-12-25T00:00:00Z");
    expect(await closure(cached, "Holiday", now)).toBe("true");
    now = at("2026-12-25T23:59:59Z");
    expect(await closure(cached, "Holiday", now)).toBe("true");
    now = at("2026-12-26T00:00:00Z");
    expect(await closure(cached, "Holiday", now)).toBe("false");
  });

  it("expires a cached entry at the next boundary, so an edit made before it is read then", async () => {
    let now = CHRISTMAS_EVE;
    const cached = new CachedConfigReader(reader, 60_000, quietLog, () => now);
    await table.store.create(aConfig({ id: "Edited", scheduledChanges: [aScheduledChange()] }), aChangeRecord());
    expect(await closure(cached, "Edited", now)).toBe("false");
    await table.store.update("Edited", 1, aConfig({ id: "Edited", scheduledChanges: [] }), aChangeRecord({ action: "replace" }));
    now = at("2026-12-25T00:00:00Z");
    // The window was removed before it opened: the entry expired at the boundary, so the removal is seen.
    expect(await closure(cached, "Edited", now)).toBe("false");
  });

  it("keeps an entry for the whole TTL when no boundary comes first", async () => {
    let now = at("2026-12-01T00:00:00Z");
    const cached = new CachedConfigReader(reader, 5000, quietLog, () => now);
    await table.store.create(aConfig({ id: "Quiet", scheduledChanges: [aScheduledChange()] }), aChangeRecord());
    expect(await closure(cached, "Quiet", now)).toBe("false");
    await table.store.update("Quiet", 1, aConfig({ id: "Quiet", variables: [aVariable({ value: "true" })] }), aChangeRecord({ action: "update-values" }));
    now += 4999;
    expect(await closure(cached, "Quiet", now)).toBe("false");
    now += 1;
    expect(await closure(cached, "Quiet", now)).toBe("true");
  });
});
