import { z } from "zod";
import {
  AddListEntriesSchema,
  CloneRequestSchema,
  ConfigInputSchema,
  ConfigPageSchema,
  ConfigUsageSchema,
  ErrorBodySchema,
  ExportDocumentSchema,
  FlowConfigSchema,
  HistoryPageSchema,
  ImportReportSchema,
  OfficesImportReportSchema,
  PreviewSchema,
  RemoveListEntriesSchema,
  RestoreRequestSchema,
  UsageSummarySchema,
  ValuePatchSchema,
} from "@flow-configs/model";

/** A 412's body: the error plus the config as it now is. */
export const VersionConflictBodySchema = ErrorBodySchema.extend({ current: FlowConfigSchema.optional() });

/** The export document with its configs described (the model reads them as unknown, to report each one's problems). */
const ExportDocumentBodySchema = ExportDocumentSchema.extend({ configs: z.array(ConfigInputSchema) });

type JsonSchema = Record<string, unknown>;

/** Request bodies are described as clients may send them (defaults optional), responses as the API sends them. */
const inputSchema = (schema: z.ZodType): JsonSchema => z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }) as JsonSchema;
const outputSchema = (schema: z.ZodType): JsonSchema => z.toJSONSchema(schema, { io: "output", target: "draft-2020-12" }) as JsonSchema;

const withoutDialect = ({ $schema: _dialect, ...schema }: JsonSchema): JsonSchema => schema;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ "application/json": { schema: ref(name) } });

const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      { description: ERROR_DESCRIPTIONS[status] ?? "Error", content: json(status === 412 ? "VersionConflictBody" : "ErrorBody") },
    ]),
  );

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input; `issues` name each field",
  401: "No token, or an invalid or expired one",
  403: "Not allowed for the user's groups",
  404: "No such config (or outside the user's scope)",
  409: "The id exists already, or a lookup key belongs to another config (`Conflict`); or the config is an instance whose template is missing (`TemplateMissing`); or contact flows use what the change removes (`InUse`, `issues` name each flow; `?force=true` goes ahead)",
  412: "If-Match is stale; `current` holds the config as it now is",
  413: "Over DynamoDB's 400 KB item limit",
  428: "If-Match is missing",
};

const idParameter = { name: "id", in: "path", required: true, schema: { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$" } };
const ifMatchParameter = {
  name: "If-Match",
  in: "header",
  required: true,
  description: 'The ETag of the version being changed, e.g. "3"',
  schema: { type: "string" },
};
const etagHeader = { ETag: { description: 'The config\'s version, quoted: "3"', schema: { type: "string" } } };
const query = (name: string, description: string, schema: JsonSchema = { type: "string" }) => ({ name, in: "query", required: false, description, schema });

const configResponse = (description: string) => ({ description, headers: etagHeader, content: json("FlowConfig") });
const optionalIfMatch = { ...ifMatchParameter, required: false, description: 'The ETag of the version being replaced; when sent, a stale one is a 412' };
const csvText = { "text/csv": { schema: { type: "string" } } };
const forceParameter = query("force", "true: go ahead although contact flows use what this removes (else a 409 InUse naming them)", { type: "boolean" });
const modeParameter = query("mode", "dry-run (default: nothing is written) or apply", { type: "string", enum: ["dry-run", "apply"] });

/** The OpenAPI 3.1 description of the REST API, generated from the model's zod schemas. */
export function openApiDocument(): JsonSchema {
  return {
    openapi: "3.1.0",
    info: {
      title: "Flow Configs API",
      version: "1.0.0",
      description: "Variables and prompts that Amazon Connect contact flows read at run time through getConfig.",
    },
    security: [{ bearer: [] }],
    paths: {
      "/flow-configs": {
        get: {
          operationId: "listConfigs",
          summary: "A page of the configs the user may see",
          parameters: [
            query("limit", "Page size, 1–100 (default 50)", { type: "integer", minimum: 1, maximum: 100 }),
            query("cursor", "The previous page's nextCursor"),
            query("q", "Filter by id, description or lookup key"),
            query("templateId", "Only the instances of this template (read from the template index)"),
          ],
          responses: { "200": { description: "A page of summaries", content: json("ConfigPage") }, ...errors(400, 401, 403) },
        },
        post: {
          operationId: "createConfig",
          summary: "Create a config (admin)",
          requestBody: { required: true, content: json("ConfigInput") },
          responses: { "201": configResponse("The created config"), ...errors(400, 401, 403, 409, 413) },
        },
      },
      "/flow-configs/{id}": {
        parameters: [idParameter],
        get: {
          operationId: "getConfig",
          summary: "The config with effective values; an instance marks each entry inherited or overridden and lists its staleOverrides",
          responses: { "200": configResponse("The config"), ...errors(400, 401, 403, 404, 409) },
        },
        put: {
          operationId: "replaceConfig",
          summary: "Replace shape and values (admin). A template is one write whatever its instance count; `staleInstances` lists instances whose overrides it left stale",
          parameters: [ifMatchParameter, forceParameter],
          requestBody: { required: true, content: json("ConfigInput") },
          responses: { "200": configResponse("The new version"), ...errors(400, 401, 403, 404, 409, 412, 413, 428) },
        },
        delete: {
          operationId: "deleteConfig",
          summary: "Delete a config, keeping its history (admin); refused while a flow names it by id",
          parameters: [ifMatchParameter, forceParameter],
          responses: { "204": { description: "Deleted" }, ...errors(400, 401, 403, 404, 409, 412, 428) },
        },
      },
      "/flow-configs/{id}/values": {
        parameters: [idParameter],
        patch: {
          operationId: "updateValues",
          summary: "Change values and prompt texts of existing entries (admin, business); `reset` drops an instance's overrides",
          parameters: [ifMatchParameter],
          requestBody: { required: true, content: json("ValuePatch") },
          responses: { "200": configResponse("The new version"), ...errors(400, 401, 403, 404, 409, 412, 413, 428) },
        },
      },
      "/flow-configs/export": {
        get: {
          operationId: "exportConfigs",
          summary: "The export document of some configs, or of all (admin). `export` is therefore not usable as a config id in URLs",
          parameters: [query("ids", "Comma-separated config ids (default: every config)")],
          responses: { "200": { description: "A versioned export document", content: json("ExportDocument") }, ...errors(400, 401, 403, 404) },
        },
      },
      "/flow-configs/import": {
        post: {
          operationId: "importConfigs",
          summary: "Import an export document (admin): a dry run, or apply — one transaction per config, invalid rows skipped",
          parameters: [modeParameter],
          requestBody: { required: true, content: json("ExportDocument") },
          responses: {
            "200": { description: "What importing each config does (dry run) or did (apply)", content: json("ImportReport") },
            ...errors(400, 401, 403, 413),
          },
        },
      },
      "/flow-configs/{id}/clone": {
        parameters: [idParameter],
        post: {
          operationId: "cloneConfig",
          summary: "A detached copy, or with linkTemplate an instance inheriting from the source (admin); lookup keys are not copied",
          requestBody: { required: true, content: json("CloneRequest") },
          responses: { "201": configResponse("The clone"), ...errors(400, 401, 403, 404, 409, 413) },
        },
      },
      "/flow-configs/{id}/restore": {
        parameters: [idParameter],
        post: {
          operationId: "restoreConfig",
          summary: "Make version n current again as a new version, with its own history entry; re-creates a deleted config (admin)",
          parameters: [optionalIfMatch],
          requestBody: { required: true, content: json("RestoreRequest") },
          responses: { "200": configResponse("The new version"), ...errors(400, 401, 403, 404, 409, 412, 413) },
        },
      },
      "/flow-configs/{id}/history/{version}": {
        parameters: [idParameter, { name: "version", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
        get: {
          operationId: "configVersion",
          summary: "The config as it was at a version (effective; an instance's overrides on its template as it was then)",
          responses: { "200": { description: "The snapshot (no ETag: it is not the current version)", content: json("FlowConfig") }, ...errors(401, 403, 404, 409) },
        },
      },
      "/flow-configs/{id}/entries": {
        parameters: [idParameter],
        post: {
          operationId: "addListEntries",
          summary: "Add entries to a list config, numbers normalised to E.164 (admin; business on a list config)",
          parameters: [ifMatchParameter],
          requestBody: { required: true, content: json("AddListEntries") },
          responses: { "200": configResponse("The new version"), ...errors(400, 401, 403, 404, 412, 413, 428) },
        },
        delete: {
          operationId: "removeListEntries",
          summary: "Remove entries from a list config, by name (admin; business on a list config)",
          parameters: [ifMatchParameter],
          requestBody: { required: true, content: json("RemoveListEntries") },
          responses: { "200": configResponse("The new version"), ...errors(400, 401, 403, 404, 412, 428) },
        },
      },
      "/flow-configs/{id}/instances.csv": {
        parameters: [{ ...idParameter, description: "The template" }],
        get: {
          operationId: "exportOfficesCsv",
          summary: "Every instance of a template as CSV: id, description, lookupKeys, one column per variable and prompt text (admin)",
          responses: { "200": { description: "The CSV; an empty cell is inherited", content: csvText }, ...errors(400, 401, 403, 404) },
        },
        post: {
          operationId: "importOfficesCsv",
          summary: "Import instances from CSV (admin): a dry run, or apply — one transaction per row, 8 in flight; bad rows reported by line",
          parameters: [modeParameter, query("format", "csv: the report as CSV (line,id,result,reasons) instead of JSON", { type: "string", enum: ["json", "csv"] })],
          requestBody: { required: true, content: csvText },
          responses: {
            "200": { description: "One row per CSV record", content: { ...json("OfficesImportReport"), ...csvText } },
            ...errors(400, 401, 403, 404, 413),
          },
        },
      },
      "/flow-configs/{id}/history": {
        parameters: [idParameter],
        get: {
          operationId: "configHistory",
          summary: "Every version: who, when, what changed",
          responses: { "200": { description: "Newest first", content: json("HistoryPage") }, ...errors(401, 403, 404) },
        },
      },
      "/flow-configs/{id}/usage": {
        parameters: [idParameter],
        get: {
          operationId: "configUsage",
          summary: "The contact flows that use the config (by id, or dynamically by lookup key), what each reads, and the names it reads that the config lacks",
          parameters: [query("refresh", "true: read the flows from Amazon Connect again rather than from the few-minute cache", { type: "boolean" })],
          responses: { "200": { description: "The flows, and any that could not be read", content: json("ConfigUsage") }, ...errors(401, 403, 404) },
        },
      },
      "/flow-configs/usage": {
        get: {
          operationId: "usageSummary",
          summary: "For a page of the list: how many flows name each config, and how many reach configs by lookup key. `usage` is therefore not usable as a config id",
          parameters: [{ ...query("ids", "Comma-separated config ids, at most 100"), required: true }],
          responses: { "200": { description: "Counts per config", content: json("UsageSummary") }, ...errors(400, 401, 403) },
        },
      },
      "/flow-configs/{id}/preview": {
        parameters: [idParameter],
        get: {
          operationId: "previewConfig",
          summary: "Exactly what getConfig returns for a language and channel, with its byte size",
          parameters: [
            query("lang", "A locale such as es-MX (default: the config's default language)"),
            query("channel", "VOICE (default), CHAT, TASK or EMAIL"),
          ],
          responses: { "200": { description: "The getConfig response", content: json("Preview") }, ...errors(400, 401, 403, 404) },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "A Cognito ID token" },
      },
      schemas: {
        ConfigInput: withoutDialect(inputSchema(ConfigInputSchema)),
        ValuePatch: withoutDialect(inputSchema(ValuePatchSchema)),
        CloneRequest: withoutDialect(inputSchema(CloneRequestSchema)),
        RestoreRequest: withoutDialect(inputSchema(RestoreRequestSchema)),
        AddListEntries: withoutDialect(inputSchema(AddListEntriesSchema)),
        RemoveListEntries: withoutDialect(inputSchema(RemoveListEntriesSchema)),
        ExportDocument: withoutDialect(outputSchema(ExportDocumentBodySchema)),
        ImportReport: withoutDialect(outputSchema(ImportReportSchema)),
        OfficesImportReport: withoutDialect(outputSchema(OfficesImportReportSchema)),
        FlowConfig: withoutDialect(outputSchema(FlowConfigSchema)),
        ConfigPage: withoutDialect(outputSchema(ConfigPageSchema)),
        HistoryPage: withoutDialect(outputSchema(HistoryPageSchema)),
        Preview: withoutDialect(outputSchema(PreviewSchema)),
        ConfigUsage: withoutDialect(outputSchema(ConfigUsageSchema)),
        UsageSummary: withoutDialect(outputSchema(UsageSummarySchema)),
        ErrorBody: withoutDialect(outputSchema(ErrorBodySchema)),
        VersionConflictBody: withoutDialect(outputSchema(VersionConflictBodySchema)),
      },
    },
  };
}
