import { describe, expect, it } from "vitest";
import { exportDocument, parseExportDocument, planImport, type StoredConfig } from "../src";
import { austinOffice, basicQueue, basicQueueBody, fieldOfficeTemplate } from "./factories";

const byId = (...configs: StoredConfig[]) => new Map(configs.map((config) => [config.id, config]));

describe("export documents", () => {
  it("exports bodies without versions, templates before their instances", () => {
    const document = exportDocument([austinOffice(), fieldOfficeTemplate()], "2026-11-26T00:00:00.000Z");
    expect(document).toMatchObject({ format: "flow-configs", formatVersion: 1, exportedAt: "2026-11-26T00:00:00.000Z" });
    expect(document.configs.map((config) => config.id)).toEqual(["FieldOffice", "Office-Austin"]);
    expect(document.configs[0]).not.toHaveProperty("version");
  });

  it("carries a list's kind there and back", () => {
    const list = basicQueue({ id: "bad-actors", kind: "list", prompts: [], variables: [{ name: "+15555550101", type: "list-entry", value: "" }] });
    const [exported] = exportDocument([list], "2026-11-26T00:00:00.000Z").configs;
    expect(exported).toMatchObject({ kind: "list" });
    expect(planImport([exported], new Map())).toEqual([expect.objectContaining({ action: "create", input: expect.objectContaining({ kind: "list" }) })]);
    expect(planImport([{ ...exported, kind: "standard" }], byId(list))).toEqual([expect.objectContaining({ action: "update" })]);
  });

  it("refuses a malformed envelope, naming each problem's JSON path", () => {
    const result = parseExportDocument({ format: "other", configs: "nope" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.map((issue) => issue.path)).toEqual(["format", "formatVersion", "exportedAt", "configs"]);
  });
});

describe("planImport — the dry run", () => {
  it("sorts every config into create, update, unchanged", () => {
    const changed = basicQueueBody({ description: "Changed" });
    const rows = planImport([changed, { ...fieldOfficeTemplate(), version: undefined }, { id: "New", languages: ["en-US"], defaultLanguage: "en-US" }], byId(basicQueue(), fieldOfficeTemplate()));
    expect(rows.map((row) => [row.id, row.action])).toEqual([
      ["BasicQueue", "update"],
      ["FieldOffice", "unchanged"],
      ["New", "create"],
    ]);
  });

  it("marks an invalid config with its reasons at their JSON paths in the document", () => {
    const rows = planImport([basicQueueBody({ defaultLanguage: "fr-CA" })], byId());
    expect(rows[0]).toMatchObject({ action: "invalid", issues: [{ path: "configs[0].defaultLanguage" }] });
  });

  it("checks an instance against its template from the document or the environment", () => {
    const instance = { id: "Office-Denver", templateId: "FieldOffice", variables: [{ name: "Region", value: "Central" }] };
    expect(planImport([instance], byId(fieldOfficeTemplate()))[0]).toMatchObject({ action: "invalid", issues: [{ path: "configs[0].variables[0].value" }] });
    expect(planImport([instance], byId())[0]).toMatchObject({ action: "invalid", issues: [{ path: "configs[0].templateId" }] });
  });

  it("refuses an id given twice in one document", () => {
    const rows = planImport([basicQueueBody(), basicQueueBody()], byId());
    expect(rows.map((row) => row.action)).toEqual(["invalid", "invalid"]);
  });
});
