import type { ConfigPage, FlowConfig } from "@flow-configs/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CachedConfigReader } from "../../src/domain/cached-config-reader";
import { getConfig } from "../../src/domain/get-config";
import { isBadActor } from "../../src/domain/is-bad-actor";
import { aChangeRecord, anInstance } from "../support/factories";
import { aContactFlowEvent } from "../support/contact-flow-events";
import { aConfigReader } from "../support/config-reader";
import { aFieldOfficeTemplate } from "../support/seed-configs";
import { createApiHarness, type ApiHarness } from "../support/api-harness";

let api: ApiHarness;
let transactions = 0;

beforeAll(async () => {
  api = await createApiHarness();
  api.table.client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === "TransactWriteItemsCommand") transactions += 1;
      return next(args);
    },
    { step: "initialize", name: "countTransactions" },
  );
  // Enough offices that a template edit fanning out would show
  for (let office = 1; office <= 30; office += 1) {
    const id = `Office-${String(office).padStart(3, "0")}`;
    await api.store.create(anInstance({ id, description: `Office ${office}`, variables: [{ name: "OfficeName", value: `Office ${office}` }], lookupKeys: [`OFF${office}`] }), aChangeRecord());
  }
});
afterAll(() => api.close());

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;
const get = async (id: string) => json<FlowConfig>(await api.request("GET", `/flow-configs/${id}`, { as: "admin" }));

describe("template instances", () => {
  it("serves an instance with inherited and overridden entries and its stale overrides", async () => {
    const austin = await get("Office-Austin");
    expect(austin.variables.map((variable) => [variable.name, variable.source])).toEqual([
      ["OfficeName", "overridden"],
      ["Closure", "inherited"],
    ]);
    expect(austin.staleOverrides).toEqual([]);
  });

  it("creates a new office from the template with only its overrides and lookup keys", async () => {
    const response = await api.request("POST", "/flow-configs", {
      as: "admin",
      body: { id: "Office-Denver", templateId: "FieldOffice", lookupKeys: ["+13035550100", "DEN"], variables: [{ name: "OfficeName", value: "Denver" }] },
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const denver = await json<FlowConfig>(response);
    expect(denver.variables.find((variable) => variable.name === "Closure")).toMatchObject({ value: "false", source: "inherited" });
  });

  it("refuses a lookup key another config owns with 409 naming the owner", async () => {
    const response = await api.request("POST", "/flow-configs", {
      as: "admin",
      body: { id: "Office-Dup", templateId: "FieldOffice", lookupKeys: ["DEN"] },
    });
    expect(response.status).toBe(409);
    expect((await json<{ message: string }>(response)).message).toContain("Office-Denver");
  });

  it("resets an override with PATCH reset: the entry is inherited again", async () => {
    const response = await api.request("PATCH", "/flow-configs/Office-Denver/values", { as: "business", ifMatch: 1, body: { reset: ["OfficeName"] } });
    expect(response.status, await response.clone().text()).toBe(200);
    const denver = await json<FlowConfig>(response);
    expect(denver.variables.find((variable) => variable.name === "OfficeName")).toMatchObject({ value: "Field office", source: "inherited" });
    expect((await api.store.get("Office-Denver"))?.variables).toEqual([]);
  });

  it("reaches every instance with one write when the template changes, and reports stale overrides", async () => {
    const template = await get("FieldOffice");
    const before = transactions;
    const response = await api.request("PUT", "/flow-configs/FieldOffice", {
      as: "admin",
      ifMatch: template.version,
      body: aFieldOfficeTemplate({
        variables: [
          { name: "Closure", type: "boolean", value: "true" },
          { name: "Callback", type: "boolean", value: "true" },
        ],
      }),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(transactions - before).toBe(1);
    const replaced = await json<FlowConfig>(response);
    const stale = replaced.staleInstances ?? [];
    expect(stale).toHaveLength(31);
    expect(stale).toContainEqual({ id: "Office-Austin", names: ["OfficeName"] });
    expect(stale.map((instance) => instance.id)).not.toContain("Office-Boston");

    const austin = await get("Office-Austin");
    expect(austin.variables).toEqual([
      expect.objectContaining({ name: "Closure", value: "true", source: "inherited" }),
      expect.objectContaining({ name: "Callback", value: "true", source: "inherited" }),
    ]);
    expect(austin.staleOverrides).toEqual(["OfficeName"]);
  });

  it("drops a stale override with reset", async () => {
    const response = await api.request("PATCH", "/flow-configs/Office-Austin/values", {
      as: "business",
      ifMatch: await api.versionOf("Office-Austin"),
      body: { reset: ["OfficeName"] },
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect((await json<FlowConfig>(response)).staleOverrides).toEqual([]);
  });

  it("refuses to delete a template with instances: 409 with their count", async () => {
    const response = await api.request("DELETE", "/flow-configs/FieldOffice", { as: "admin", ifMatch: await api.versionOf("FieldOffice") });
    expect(response.status).toBe(409);
    expect((await json<{ message: string }>(response)).message).toContain("template of 33 configs");
  });
});

describe("listing a template's instances", () => {
  it("lists only the template's instances, paging with a cursor", async () => {
    const first = await json<ConfigPage>(await api.request("GET", "/flow-configs?templateId=FieldOffice&limit=20", { as: "admin" }));
    expect(first.items).toHaveLength(20);
    expect(first.items.every((item) => item.templateId === "FieldOffice")).toBe(true);
    const second = await json<ConfigPage>(
      await api.request("GET", `/flow-configs?templateId=FieldOffice&limit=20&cursor=${first.nextCursor}`, { as: "admin" }),
    );
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((item) => item.id)).toHaveLength(33);
  });

  it("finds a config by its lookup key with q", async () => {
    const page = await json<ConfigPage>(await api.request("GET", "/flow-configs?q=%2B16175550100", { as: "admin" }));
    expect(page.items.map((item) => item.id)).toEqual(["Office-Boston"]);
  });

  it("refuses a cursor of another listing", async () => {
    const all = await json<ConfigPage>(await api.request("GET", "/flow-configs?limit=2", { as: "admin" }));
    const response = await api.request("GET", `/flow-configs?templateId=FieldOffice&cursor=${all.nextCursor}`, { as: "admin" });
    expect(response.status).toBe(400);
  });

  it("keeps a scoped user's listing of a template within scope", async () => {
    const page = await json<ConfigPage>(await api.request("GET", "/flow-configs?templateId=FieldOffice", { as: "businessScopedToAustin" }));
    expect(page.items.map((item) => item.id)).toEqual(["Office-Austin"]);
  });
});

describe("offices CSV", () => {
  it("exports every instance with its overrides, empty where inherited", async () => {
    const response = await api.request("GET", "/flow-configs/FieldOffice/instances.csv", { as: "admin" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/csv");
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe("id,version,description,lookupKeys,Closure,Callback,OfficeGreeting [en-US],OfficeGreeting [en-US chat],OfficeGreeting [es-US],OfficeGreeting [es-US chat]");
    expect(lines).toContain(`Office-Boston,${await api.versionOf("Office-Boston")},Boston field office,+16175550100 BOS,,,,,,`);
    expect(lines).toHaveLength(34);
  });

  const csv = [
    "id,description,lookupKeys,Closure,Color",
    "Office-Miami,Miami office,+13055550100 MIA,true,",
    "Office-Boston,Boston, renamed,+16175550100 BOS,,",
    "Office-Tampa,Tampa office,TPA,,blue",
    "Office-Miami,Miami again,,,",
    "Office-Reno,Reno office,+18005550100,,",
    "Office-Orlando,Orlando office,ORL,maybe,",
    "Office-Boston,Boston field office,+16175550100 BOS,,",
  ].join("\n");

  it("dry-runs an import: each row's action, bad rows with their line and reason, nothing written", async () => {
    const response = await api.request("POST", "/flow-configs/FieldOffice/instances.csv?mode=dry-run", {
      as: "admin",
      rawBody: csv,
      headers: { "Content-Type": "text/csv" },
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const { rows } = await json<{ rows: { line: number; id: string; action: string; reasons: string[] }[] }>(response);
    expect(rows.map((row) => [row.line, row.id, row.action])).toEqual([
      [2, "Office-Miami", "create"],
      [3, "Office-Boston", "error"],
      [4, "Office-Tampa", "error"],
      [5, "Office-Miami", "error"],
      [6, "Office-Reno", "error"],
      [7, "Office-Orlando", "error"],
      [8, "Office-Boston", "error"],
    ]);
    expect(rows[1]!.reasons.join()).toContain("cells");
    expect(rows[2]!.reasons.join()).toContain('column "Color"');
    expect(rows[3]!.reasons.join()).toContain("also on line 2");
    expect(rows[4]!.reasons.join()).toContain("belongs to BasicQueue");
    expect(rows[5]!.reasons.join()).toContain("Closure");
    expect(await api.store.get("Office-Miami")).toBeNull();
  });

  it("applies the good rows, each in its own transaction, and reports every row (also as CSV)", async () => {
    const good = [
      "id,description,lookupKeys,Closure",
      "Office-Miami,Miami office,+13055550100 MIA,true",
      "Office-Boston,Boston renamed,+16175550100 BOS,",
      "Office-Reno,Reno office,+18005550100,",
    ].join("\n");
    const response = await api.request("POST", "/flow-configs/FieldOffice/instances.csv?mode=apply&format=csv", {
      as: "admin",
      rawBody: good,
      headers: { "Content-Type": "text/csv" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/csv");
    const report = (await response.text()).trim().split("\r\n");
    expect(report[0]).toBe("line,id,result,reasons");
    expect(report.slice(1).map((line) => line.split(",").slice(0, 3).join(","))).toEqual(["2,Office-Miami,create", "3,Office-Boston,update", "4,Office-Reno,error"]);
    expect(await api.store.get("Office-Miami")).toMatchObject({ templateId: "FieldOffice", variables: [{ name: "Closure", value: "true" }] });
    expect(await api.store.get("Office-Boston")).toMatchObject({ description: "Boston renamed" });
    expect(await api.store.findIdByLookupKey("MIA")).toBe("Office-Miami");
    expect(await api.store.get("Office-Reno")).toBeNull();
  });

  it("refuses a CSV without an id column", async () => {
    const response = await api.request("POST", "/flow-configs/FieldOffice/instances.csv", { as: "admin", rawBody: "name\nx\n", headers: { "Content-Type": "text/csv" } });
    expect(response.status).toBe(400);
  });

  it("is for admins only", async () => {
    expect((await api.request("GET", "/flow-configs/FieldOffice/instances.csv", { as: "business" })).status).toBe(403);
    expect((await api.request("POST", "/flow-configs/FieldOffice/instances.csv", { as: "business", rawBody: "id\n" })).status).toBe(403);
  });
});

describe("an offices CSV row whose office changed since the export", () => {
  const importCsv = (csv: string, query: string) =>
    api.request("POST", `/flow-configs/FieldOffice/instances.csv?${query}`, { as: "admin", rawBody: csv, headers: { "Content-Type": "text/csv" } });
  type Rows = { rows: { id: string; action: string; reasons: string[]; stale: boolean; changes: unknown[]; current?: { version: number; updatedBy: string } }[] };
  let edited = "";

  beforeAll(async () => {
    await api.store.create(anInstance({ id: "Office-Helena", description: "Helena office", variables: [], lookupKeys: ["HLN"] }), aChangeRecord());
    const exported = (await (await api.request("GET", "/flow-configs/FieldOffice/instances.csv", { as: "admin" })).text()).trim().split("\r\n");
    const helena = exported.find((line) => line.startsWith("Office-Helena,")) ?? "";
    // The admin sets Closure in the spreadsheet while Morgan renames the office in the app
    const header = exported[0] ?? "";
    const cells = helena.split(",");
    cells[header.split(",").indexOf("Closure")] = "true";
    edited = [header, cells.join(",")].join("\n");
    await api.store.update("Office-Helena", 1, anInstance({ id: "Office-Helena", description: "Helena downtown office", variables: [], lookupKeys: ["HLN"] }), aChangeRecord({ action: "update-values", by: "morgan" }));
  });

  it("flags the row in the dry run, with what it changes and who changed the office", async () => {
    const response = await importCsv(edited, "mode=dry-run");
    expect(response.status).toBe(200);
    const [row] = (await json<Rows>(response)).rows;
    expect(row).toMatchObject({ id: "Office-Helena", action: "update", stale: true, current: { version: 2, updatedBy: "morgan" } });
    expect(row?.changes).toEqual([
      { field: "description", from: "Helena downtown office", to: "Helena office" },
      { field: "Closure", from: "", to: "true" },
    ]);
    expect(row?.reasons.join()).toContain("changed since the export by morgan");
  });

  it("refuses to apply it unless confirmed, so the later edit is not undone", async () => {
    const [row] = (await json<Rows>(await importCsv(edited, "mode=apply"))).rows;
    expect(row).toMatchObject({ action: "error", stale: true });
    expect(row?.reasons.join()).toContain("confirm");
    expect(await api.store.get("Office-Helena")).toMatchObject({ version: 2, description: "Helena downtown office" });
  });

  it("applies it once the request confirms it", async () => {
    const [row] = (await json<Rows>(await importCsv(edited, "mode=apply&confirmStale=Office-Other,Office-Helena"))).rows;
    expect(row).toMatchObject({ action: "update", stale: true });
    expect(await api.store.get("Office-Helena")).toMatchObject({ version: 3, description: "Helena office", variables: [{ name: "Closure", value: "true" }] });
  });
});

describe("an instance whose template is missing", () => {
  beforeAll(async () => {
    // As after restoring an old export: the instance exists, its template does not
    await api.store.create(aFieldOfficeTemplate({ id: "OldTemplate" }), aChangeRecord());
    await api.store.create(anInstance({ id: "Office-Orphan", templateId: "OldTemplate", variables: [], lookupKeys: ["ORPHAN"] }), aChangeRecord());
    await api.store.remove("OldTemplate", 1, aChangeRecord({ action: "delete" }));
  });

  it("answers GET with 409 TemplateMissing the UI can show", async () => {
    const response = await api.request("GET", "/flow-configs/Office-Orphan", { as: "admin" });
    expect(response.status).toBe(409);
    expect(await json<{ code: string; message: string }>(response)).toMatchObject({ code: "TemplateMissing", message: expect.stringContaining("OldTemplate") });
  });

  it("fails getConfig clearly, by id and by lookup key", async () => {
    const reader = aConfigReader(api.table.tableName);
    await expect(getConfig(reader, aContactFlowEvent({ parameters: { id: "Office-Orphan" } }))).rejects.toMatchObject({ name: "TemplateMissing" });
    await expect(getConfig(reader, aContactFlowEvent({ parameters: { lookup: "ORPHAN" } }))).rejects.toThrow(/OldTemplate/);
  });

  it("can still be deleted by an admin", async () => {
    expect((await api.request("DELETE", "/flow-configs/Office-Orphan", { as: "admin", ifMatch: 1 })).status).toBe(204);
  });
});

describe("isBadActor after a list change", () => {
  it("sees an added number once the cache's time to live has passed", async () => {
    let now = 0;
    const ttlMs = 5000;
    const reader = new CachedConfigReader(aConfigReader(api.table.tableName), ttlMs, { warn: () => undefined }, () => now);
    const caller = aContactFlowEvent({ customerNumber: "+15555550456" });
    await expect(isBadActor(reader, caller)).resolves.toEqual({ isBadActor: "false" });

    const added = await api.request("POST", "/flow-configs/bad-actors/entries", {
      as: "business",
      ifMatch: await api.versionOf("bad-actors"),
      body: { entries: [{ name: "555 555 0456" }] },
    });
    expect(added.status).toBe(200);
    now += ttlMs - 1;
    await expect(isBadActor(reader, caller)).resolves.toEqual({ isBadActor: "false" });
    now += 1;
    await expect(isBadActor(reader, caller)).resolves.toEqual({ isBadActor: "true" });
  });
});
