/**
 * Every route of the REST API, declared once: method, path, parameters, body and responses. The app
 * (`api-app.ts`) validates requests from these declarations and serves the OpenAPI document built from them.
 *
 * To add a route: declare it here with `createRoute` — path parameters in `{braces}` (`ConfigParams` makes a
 * malformed id a 404), query and header schemas, a JSON body with `jsonRequest(schema)` plus
 * `middleware: [jsonBody()] as const` (the depth bound and the API's messages), a strict body schema in
 * `request-schemas.ts`, and every status it answers with `errors(...)` — and add it to `ROUTES`. Then give
 * it its handler in `api-app.ts`: `app.openapi(ROUTES.yourRoute, async (c) => c.json(await useCase(...), 200))`,
 * reading `c.req.valid("param" | "query" | "json")`; a fixed segment (`/flow-configs/export`) is registered
 * before `/flow-configs/{id}`. test/http/api-openapi.test.ts fails for any served route not declared here.
 */
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  ChangeRequestListSchema,
  ChangeRequestSchema,
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
  UsageSummarySchema,
} from "@flow-configs/model";
import { jsonBody, optionalJsonBody } from "./json-body";
import {
  AddListEntriesBody,
  ChangeRequestParams,
  CloneBody,
  ConfigInputBody,
  configInputBranch,
  ConfigParams,
  ExportQuery,
  ForceQuery,
  HistoryQuery,
  IfMatchHeaders,
  ImportBody,
  ImportQuery,
  ListQuery,
  LookupKeysBody,
  OfficesImportQuery,
  PreviewQuery,
  QuickActionParams,
  RejectBody,
  RemoveListEntriesBody,
  RestoreBody,
  ScheduledChangeBody,
  ScheduledChangeParams,
  UsageQuery,
  UsageSummaryQuery,
  ValuePatchBody,
  VersionParams,
} from "./request-schemas";

const ErrorBody = ErrorBodySchema.meta({ id: "ErrorBody" });
/** A 412's body: the error plus the config as it now is. */
const VersionConflictBody = ErrorBodySchema.extend({ current: FlowConfigSchema.optional() }).meta({ id: "VersionConflictBody" });
const FlowConfig = FlowConfigSchema.meta({ id: "FlowConfig" });

const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });
const ChangeRequest = ChangeRequestSchema.meta({ id: "ChangeRequest" });
/** A values change on a config that requires approval: it waits for a second person. */
const requested = { description: "The config requires approval: a pending change request, and nothing a flow reads changed", content: json(ChangeRequest) };
const csv = { "text/csv": { schema: z.string() } };
const jsonRequest = <T extends z.ZodType>(schema: T) => ({ required: true, content: json(schema) });
/** A POST that takes no body (an action on what the path names): the document says so with an empty object. */
const noBody = { required: false, content: json(z.strictObject({}).meta({ id: "NoBody", description: "Nothing: the path names the action" })) };

const ERROR_DESCRIPTIONS = {
  400: "Invalid input; `issues` name each field",
  401: "No token, or an invalid or expired one",
  403: "Not allowed for the user's groups",
  404: "No such config (or outside the user's scope)",
  409: "The id exists already, or a lookup key belongs to another config (`Conflict`); the config is an instance whose template is missing (`TemplateMissing`); or contact flows read what the change removes (`InUse`, `issues` name each flow; `?force=true` goes ahead)",
  412: "If-Match is stale; `current` holds the config as it now is",
  413: "Over DynamoDB's 400 KB item limit, or the body over the request limit",
  415: "A body that is not application/json",
  428: "If-Match is missing",
} as const;
type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

/** The error responses a route can give; 401 always (every route needs a token). */
function errors<S extends ErrorStatus>(...statuses: S[]) {
  return Object.fromEntries(
    [401 as S, ...statuses].map((status) => [status, { description: ERROR_DESCRIPTIONS[status], content: json(status === 412 ? VersionConflictBody : ErrorBody) }]),
  ) as unknown as Record<S | 401, { description: string; content: ReturnType<typeof json<typeof ErrorBody>> }>;
}

const etag = { ETag: { description: 'The config\'s version, quoted: "3"', schema: { type: "string" as const } } };
const configResponse = (description: string) => ({ description, headers: etag, content: json(FlowConfig) });
const security = [{ bearer: [] }];

const listConfigs = createRoute({
  method: "get",
  path: "/flow-configs",
  operationId: "listConfigs",
  summary: "A page of the configs the user may see",
  security,
  request: { query: ListQuery },
  responses: { 200: { description: "A page of summaries", content: json(ConfigPageSchema.meta({ id: "ConfigPage" })) }, ...errors(400, 403) },
});

const createConfig = createRoute({
  method: "post",
  path: "/flow-configs",
  operationId: "createConfig",
  summary: "Create a config (admin): a standalone config, a template, or an instance naming its templateId",
  security,
  middleware: [jsonBody(configInputBranch)] as const,
  request: { body: jsonRequest(ConfigInputBody) },
  responses: { 201: configResponse("The new config, at version 1"), ...errors(400, 403, 409, 413, 415) },
});

const exportConfigs = createRoute({
  method: "get",
  path: "/flow-configs/export",
  operationId: "exportConfigs",
  summary: "The export document of some configs, or of all (admin). `export` is therefore not usable as a config id in URLs",
  security,
  request: { query: ExportQuery },
  responses: {
    200: {
      description: "A versioned export document",
      content: json(ExportDocumentSchema.extend({ configs: z.array(ConfigInputSchema) }).meta({ id: "ExportDocument" })),
    },
    ...errors(400, 403, 404),
  },
});

const importConfigs = createRoute({
  method: "post",
  path: "/flow-configs/import",
  operationId: "importConfigs",
  summary: "Import an export document (admin): a dry run, or apply — one transaction per config, invalid rows skipped",
  security,
  middleware: [jsonBody()] as const,
  request: { query: ImportQuery, body: jsonRequest(ImportBody) },
  responses: {
    200: { description: "What importing each config does (dry run) or did (apply)", content: json(ImportReportSchema.meta({ id: "ImportReport" })) },
    ...errors(400, 403, 413, 415),
  },
});

const getConfig = createRoute({
  method: "get",
  path: "/flow-configs/{id}",
  operationId: "getConfig",
  summary: "The config with effective values; an instance marks each entry inherited or overridden and lists its staleOverrides",
  security,
  request: { params: ConfigParams },
  responses: { 200: configResponse("The config"), ...errors(403, 404, 409) },
});

const replaceConfig = createRoute({
  method: "put",
  path: "/flow-configs/{id}",
  operationId: "replaceConfig",
  summary: "Replace shape and values (admin). A template is one write whatever its instance count; `staleInstances` lists instances whose overrides it left stale",
  security,
  middleware: [jsonBody(configInputBranch)] as const,
  request: { params: ConfigParams, query: ForceQuery, headers: IfMatchHeaders, body: jsonRequest(ConfigInputBody) },
  responses: { 200: configResponse("The new version"), ...errors(400, 403, 404, 409, 412, 413, 415, 428) },
});

const deleteConfig = createRoute({
  method: "delete",
  path: "/flow-configs/{id}",
  operationId: "deleteConfig",
  summary: "Delete a config, keeping its history (admin)",
  security,
  request: { params: ConfigParams, query: ForceQuery, headers: IfMatchHeaders },
  responses: { 204: { description: "Deleted" }, ...errors(400, 403, 404, 409, 412, 428) },
});

const updateValues = createRoute({
  method: "patch",
  path: "/flow-configs/{id}/values",
  operationId: "updateValues",
  summary: "Change values and prompt texts of existing entries (admin, business); `reset` drops an instance's overrides",
  security,
  middleware: [jsonBody()] as const,
  request: { params: ConfigParams, headers: IfMatchHeaders, body: jsonRequest(ValuePatchBody) },
  responses: { 200: configResponse("The new version"), 202: requested, ...errors(400, 403, 404, 409, 412, 413, 415, 428) },
});

const configHistory = createRoute({
  method: "get",
  path: "/flow-configs/{id}/history",
  operationId: "configHistory",
  summary: "A page of versions, newest first: who, when, what changed (also of a deleted config)",
  security,
  request: { params: ConfigParams, query: HistoryQuery },
  responses: {
    200: { description: "Newest first; nextCursor pages to older versions", content: json(HistoryPageSchema.meta({ id: "HistoryPage" })) },
    ...errors(400, 403, 404),
  },
});

const configVersion = createRoute({
  method: "get",
  path: "/flow-configs/{id}/history/{version}",
  operationId: "configVersion",
  summary: "The config as it was at a version (effective; an instance's overrides on its template as it was then)",
  security,
  request: { params: VersionParams },
  responses: { 200: { description: "The snapshot (no ETag: it is not the current version)", content: json(FlowConfig) }, ...errors(403, 404, 409) },
});

const cloneConfig = createRoute({
  method: "post",
  path: "/flow-configs/{id}/clone",
  operationId: "cloneConfig",
  summary: "A detached copy, or with linkTemplate an instance inheriting from the source (admin); lookup keys are not copied",
  security,
  middleware: [jsonBody()] as const,
  request: { params: ConfigParams, body: jsonRequest(CloneBody) },
  responses: { 201: configResponse("The clone"), ...errors(400, 403, 404, 409, 413, 415) },
});

const restoreConfig = createRoute({
  method: "post",
  path: "/flow-configs/{id}/restore",
  operationId: "restoreConfig",
  summary: "Make version n current again as a new version, with its own history entry; re-creates a deleted config (admin). If-Match optional: when sent, a stale one is a 412",
  security,
  middleware: [jsonBody()] as const,
  request: { params: ConfigParams, headers: IfMatchHeaders, body: jsonRequest(RestoreBody) },
  responses: { 200: configResponse("The new version"), ...errors(400, 403, 404, 409, 412, 413, 415) },
});

const replaceLookupKeys = createRoute({
  method: "put",
  path: "/flow-configs/{id}/lookup-keys",
  operationId: "replaceLookupKeys",
  summary: "Replace the lookup keys that find a config (admin): the rest stays as it is; a key another config owns is a 409 naming it",
  security,
  middleware: [jsonBody()] as const,
  request: { params: ConfigParams, headers: IfMatchHeaders, body: jsonRequest(LookupKeysBody) },
  responses: { 200: configResponse("The new version"), ...errors(400, 403, 404, 409, 412, 413, 415, 428) },
});

const addListEntries = createRoute({
  method: "post",
  path: "/flow-configs/{id}/entries",
  operationId: "addListEntries",
  summary: "Add entries to a list config, numbers normalised to E.164 (admin; business on a list config)",
  security,
  middleware: [jsonBody()] as const,
  request: { params: ConfigParams, headers: IfMatchHeaders, body: jsonRequest(AddListEntriesBody) },
  responses: { 200: configResponse("The new version"), ...errors(400, 403, 404, 412, 413, 415, 428) },
});

const removeListEntries = createRoute({
  method: "delete",
  path: "/flow-configs/{id}/entries",
  operationId: "removeListEntries",
  summary: "Remove entries from a list config, by name (admin; business on a list config)",
  security,
  middleware: [jsonBody()] as const,
  request: { params: ConfigParams, headers: IfMatchHeaders, body: jsonRequest(RemoveListEntriesBody) },
  responses: { 200: configResponse("The new version"), ...errors(400, 403, 404, 412, 415, 428) },
});

const exportOfficesCsv = createRoute({
  method: "get",
  path: "/flow-configs/{id}/instances.csv",
  operationId: "exportOfficesCsv",
  summary: "Every instance of a template as CSV: id, description, lookupKeys, one column per variable and prompt text (admin)",
  security,
  request: { params: ConfigParams },
  responses: { 200: { description: "The CSV; an empty cell is inherited", content: csv }, ...errors(400, 403, 404) },
});

const importOfficesCsv = createRoute({
  method: "post",
  path: "/flow-configs/{id}/instances.csv",
  operationId: "importOfficesCsv",
  summary:
    "Import instances from CSV (admin): a dry run, or apply — one transaction per row, 8 in flight; bad rows reported by line, each row's field changes, rows changed since the export flagged stale",
  security,
  request: { params: ConfigParams, query: OfficesImportQuery, body: { required: true, content: csv } },
  responses: {
    200: { description: "One row per CSV record", content: { ...json(OfficesImportReportSchema.meta({ id: "OfficesImportReport" })), ...csv } },
    ...errors(400, 403, 404, 413),
  },
});

const previewConfig = createRoute({
  method: "get",
  path: "/flow-configs/{id}/preview",
  operationId: "previewConfig",
  summary: "Exactly what getConfig returns for a language and channel, with its byte size",
  security,
  request: { params: ConfigParams, query: PreviewQuery },
  responses: { 200: { description: "The getConfig response", content: json(PreviewSchema.meta({ id: "Preview" })) }, ...errors(400, 403, 404) },
});

const usageSummary = createRoute({
  method: "get",
  path: "/flow-configs/usage",
  operationId: "usageSummary",
  summary: "For a page of configs, how many contact flows name each by id, and the flows that reach configs by lookup key (all three roles). `usage` is therefore not usable as a config id in URLs",
  security,
  request: { query: UsageSummaryQuery },
  responses: { 200: { description: "Counts per config id", content: json(UsageSummarySchema.meta({ id: "UsageSummary" })) }, ...errors(400, 403) },
});

const configUsage = createRoute({
  method: "get",
  path: "/flow-configs/{id}/usage",
  operationId: "configUsage",
  summary: "The contact flows and flow modules that invoke getConfig for this config, what each reads, and the names it reads that the config lacks",
  security,
  request: { params: ConfigParams, query: UsageQuery },
  responses: { 200: { description: "The flows, and files or flows that could not be read", content: json(ConfigUsageSchema.meta({ id: "ConfigUsage" })) }, ...errors(403, 404, 409) },
});

const scheduleChange = createRoute({
  method: "post",
  path: "/flow-configs/{id}/scheduled-changes",
  operationId: "scheduleChange",
  summary: "A window in which values change on their own and change back (admin, business in scope); wall-clock times are read in the config's time zone. On a config that requires approval, a change request (202)",
  security,
  middleware: [jsonBody()] as const,
  request: { params: ConfigParams, headers: IfMatchHeaders, body: jsonRequest(ScheduledChangeBody) },
  responses: { 201: configResponse("The new version, with the window"), 202: requested, ...errors(400, 403, 404, 409, 412, 413, 415, 428) },
});

const removeScheduledChange = createRoute({
  method: "delete",
  path: "/flow-configs/{id}/scheduled-changes/{changeId}",
  operationId: "removeScheduledChange",
  summary: "Remove a window, as a new version (same rights as scheduling)",
  security,
  request: { params: ScheduledChangeParams, headers: IfMatchHeaders },
  responses: { 200: configResponse("The new version"), ...errors(403, 404, 409, 412, 428) },
});

const listChangeRequests = createRoute({
  method: "get",
  path: "/flow-configs/{id}/change-requests",
  operationId: "listChangeRequests",
  summary: "The config's change requests (two-person rule): pending first, then the latest decided, newest first",
  security,
  request: { params: ConfigParams },
  responses: { 200: { description: "The requests", content: json(ChangeRequestListSchema.meta({ id: "ChangeRequestList" })) }, ...errors(403, 404, 409) },
});

const approveChangeRequest = createRoute({
  method: "post",
  path: "/flow-configs/{id}/change-requests/{requestId}/approve",
  operationId: "approveChangeRequest",
  summary: "Apply a pending request as a new version naming requester and approver (admins and FlowConfigsApprover in scope, never the requester). 409 names the entries changed since the request",
  security,
  middleware: [optionalJsonBody()] as const,
  request: { params: ChangeRequestParams, headers: IfMatchHeaders, body: noBody },
  responses: { 200: configResponse("The new version"), ...errors(400, 403, 404, 409, 412, 413, 428) },
});

const rejectChangeRequest = createRoute({
  method: "post",
  path: "/flow-configs/{id}/change-requests/{requestId}/reject",
  operationId: "rejectChangeRequest",
  summary: "Reject a pending request with a reason (admins and FlowConfigsApprover in scope); nothing a flow reads changes",
  security,
  middleware: [jsonBody()] as const,
  request: { params: ChangeRequestParams, headers: IfMatchHeaders, body: jsonRequest(RejectBody) },
  responses: { 200: configResponse("The new version"), ...errors(400, 403, 404, 409, 412, 415, 428) },
});

const runQuickAction = createRoute({
  method: "post",
  path: "/flow-configs/{id}/quick-actions/{name}",
  operationId: "runQuickAction",
  summary: "Apply a quick action's pre-approved patch at once, on the current version, even where approval is required (admin, business in scope); no If-Match",
  security,
  middleware: [optionalJsonBody()] as const,
  request: { params: QuickActionParams, body: noBody },
  responses: { 200: configResponse("The new version"), ...errors(403, 404, 409, 412, 413) },
});

/** In registration order: fixed segments before `{id}`. */
export const ROUTES = {
  listConfigs,
  createConfig,
  exportConfigs,
  usageSummary,
  importConfigs,
  getConfig,
  replaceConfig,
  deleteConfig,
  updateValues,
  configHistory,
  configVersion,
  cloneConfig,
  restoreConfig,
  replaceLookupKeys,
  addListEntries,
  removeListEntries,
  exportOfficesCsv,
  importOfficesCsv,
  previewConfig,
  configUsage,
  scheduleChange,
  removeScheduledChange,
  listChangeRequests,
  approveChangeRequest,
  rejectChangeRequest,
  runQuickAction,
};

/** What the document says beside its paths: title, and the bearer scheme every route uses. */
export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Flow Configs API",
    version: "1.0.0",
    description: "Variables and prompts that Amazon Connect contact flows read at run time through getConfig.",
  },
};
