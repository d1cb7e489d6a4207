import {
  ChangeRequestListSchema,
  ChangeRequestSchema,
  ConfigPageSchema,
  ConfigUsageSchema,
  ErrorBodySchema,
  ExportDocumentSchema,
  FlowConfigSchema,
  HistoryPageSchema,
  PreviewSchema,
  UsageSummarySchema,
} from "@flow-configs/model";
import type {
  ChangeRequest,
  Channel,
  ConfigInput,
  ConfigPage,
  ConfigUsage,
  FlowConfig,
  HistoryPage,
  Preview,
  ScheduledChangeInput,
  UsageSummary,
  ValuePatch,
} from "@flow-configs/model";
import type { z } from "zod";
import { ApiError } from "./api-error";
import { ImportReportSchema, OfficesCsvReportSchema } from "./import-reports";
import type { ExportedDocument, ImportMode, ImportReport, OfficesCsvReport } from "./import-reports";
import { NetworkError } from "./network-error";

export interface FlowConfigsClientOptions {
  /** The REST API's base URL; routes hang off its root (`<baseUrl>/flow-configs`). */
  baseUrl: string;
  /** The signed-in user's Cognito ID token; called before every request so a refreshed token is used. */
  getIdToken: () => Promise<string>;
  fetch?: typeof fetch;
}

/** A config together with the ETag to send back in `If-Match` when writing it. */
export interface VersionedConfig {
  config: FlowConfig;
  etag: string;
}

export interface ListParams {
  limit?: number;
  cursor?: string | null;
  q?: string;
  /** Only the instances of this template. */
  templateId?: string;
}

export interface HistoryParams {
  /** Versions per page, 1–100 (the API's default: 20). */
  limit?: number;
  /** The previous page's `nextCursor`: the page of older versions. */
  cursor?: string | null;
}

export interface WriteOptions {
  /** The ETag (or plain version number) read with the config; a stale one makes the API answer 412. */
  ifMatch: string | number;
}

/** A delete or shape change that contact flows would notice: `force` goes ahead despite the API's 409 InUse. */
export interface ForceOptions {
  force?: boolean;
}

export interface PreviewParams {
  lang?: string;
  channel?: Channel;
  /** An ISO-8601 instant (Z or an offset) to resolve at, scheduled changes included; absent: now. */
  at?: string;
}

/** A scheduled change's outcome: a new version with the window, or (where approval is required) a change request. */
export type ScheduleChangeOutcome = { kind: "scheduled"; saved: VersionedConfig } | { kind: "requested"; request: ChangeRequest };

export interface CloneRequest {
  id: string;
  linkTemplate?: boolean;
}

/** A list config's entry to add: a number (normalised to E.164 by the API) and an optional note. */
export interface ListEntryInput {
  name: string;
  note?: string;
}

export interface FlowConfigsClient {
  list(params?: ListParams): Promise<ConfigPage>;
  get(id: string): Promise<VersionedConfig>;
  create(input: ConfigInput): Promise<VersionedConfig>;
  replace(id: string, input: ConfigInput, options: WriteOptions & ForceOptions): Promise<VersionedConfig>;
  /** Saves values, or on a config that requires approval makes a change request (202): the outcome says which. */
  patchValues(id: string, patch: ValuePatch, options: WriteOptions): Promise<SaveOutcome>;
  /** Replaces the lookup keys that find a config (admin); the rest of it stays as it is. */
  replaceLookupKeys(id: string, lookupKeys: readonly string[], options: WriteOptions): Promise<VersionedConfig>;
  remove(id: string, options: WriteOptions & ForceOptions): Promise<void>;
  /** The contact flows that use a config and what each reads; `refresh` skips the API's cache of Connect's flows. */
  usage(id: string, options?: { refresh?: boolean }): Promise<ConfigUsage>;
  /** For a page of the list: how many flows name each config, and how many reach configs by lookup key. */
  usageSummary(ids: readonly string[]): Promise<UsageSummary>;
  /** A page of a config's versions, newest first; `nextCursor` asks for the older ones. */
  history(id: string, params?: HistoryParams): Promise<HistoryPage>;
  preview(id: string, params?: PreviewParams): Promise<Preview>;
  clone(id: string, request: CloneRequest): Promise<VersionedConfig>;
  /** Makes an old version current again; a deleted config has no current version, so no If-Match then. */
  restore(id: string, version: number, options?: Partial<WriteOptions>): Promise<VersionedConfig>;
  /** The config as it was at `version` (also for a deleted config). */
  historyVersion(id: string, version: number): Promise<FlowConfig>;
  /** An export document of the given configs, or of every config when `ids` is empty. */
  exportConfigs(ids?: readonly string[]): Promise<ExportedDocument>;
  /** Checks (`dry-run`) or writes (`apply`) an export document; the document is sent as given. */
  importConfigs(document: unknown, mode: ImportMode): Promise<ImportReport>;
  addListEntries(id: string, entries: readonly ListEntryInput[], options: WriteOptions): Promise<VersionedConfig>;
  removeListEntries(id: string, names: readonly string[], options: WriteOptions): Promise<VersionedConfig>;
  /** Every instance of a template as CSV (one row per office). */
  exportOfficesCsv(templateId: string): Promise<string>;
  /**
   * Checks (`dry-run`) or writes (`apply`) offices given as CSV, one result row per CSV record. Apply writes a
   * row the dry run flagged stale (its office changed since the export) only if `confirmStale` names its id.
   */
  importOfficesCsv(templateId: string, csv: string, mode: ImportMode, options?: { confirmStale?: readonly string[] }): Promise<OfficesCsvReport>;

  // Scheduled changes (windows in which values change on their own and change back).
  /** Schedules a window with If-Match; wall-clock `from`/`to` are read in the config's time zone. */
  scheduleChange(id: string, input: ScheduledChangeInput, options: WriteOptions): Promise<ScheduleChangeOutcome>;
  /** Removes a window of the config's own, as a new version, with If-Match. */
  removeScheduledChange(id: string, changeId: string, options: WriteOptions): Promise<VersionedConfig>;

  // Two-person rule and quick actions
  /** Applies a quick action's pre-approved patch at once, on the current version (no If-Match). */
  runQuickAction(id: string, name: string): Promise<VersionedConfig>;
  /** The config's change requests: pending first, then the latest decided, newest first. */
  listChangeRequests(id: string): Promise<ChangeRequest[]>;
  /** Applies a pending request as a new version; If-Match is the config's version, not the request's base. */
  approveChangeRequest(id: string, requestId: string, options: WriteOptions): Promise<VersionedConfig>;
  rejectChangeRequest(id: string, requestId: string, reason: string, options: WriteOptions): Promise<VersionedConfig>;
}

/** What a values save did: saved a new version, or (the config requires approval) asked a second person. */
export type SaveOutcome = { kind: "saved"; saved: VersionedConfig } | { kind: "requested"; request: ChangeRequest };

/** `If-Match` wants the quoted ETag the API sent; a bare version number is quoted for the caller. */
export const toEtag = (ifMatch: string | number): string =>
  typeof ifMatch === "number" || !ifMatch.startsWith('"') ? `"${ifMatch}"` : ifMatch;

interface RequestSpec {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  query?: Record<string, string | number | null | undefined>;
  body?: unknown;
  /** A body sent as is, e.g. CSV, instead of JSON. */
  text?: { contentType: string; content: string };
  accept?: string;
  ifMatch?: string | number;
}

interface RawResponse {
  status: number;
  json: unknown;
  text: string;
  etag: string | null;
}

export function createFlowConfigsClient(options: FlowConfigsClientOptions): FlowConfigsClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function send(spec: RequestSpec): Promise<RawResponse> {
    const url = new URL(`${baseUrl}${spec.path}`);
    for (const [key, value] of Object.entries(spec.query ?? {})) {
      if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = {
      Accept: spec.accept ?? "application/json",
      Authorization: `Bearer ${await options.getIdToken()}`,
    };
    if (spec.body !== undefined) headers["Content-Type"] = "application/json";
    if (spec.text !== undefined) headers["Content-Type"] = spec.text.contentType;
    if (spec.ifMatch !== undefined) headers["If-Match"] = toEtag(spec.ifMatch);

    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(url, {
        method: spec.method,
        headers,
        body: spec.text?.content ?? (spec.body === undefined ? undefined : JSON.stringify(spec.body)),
      });
      text = await response.text();
    } catch (cause) {
      throw new NetworkError(`${spec.method} ${url.pathname} did not reach the API`, { cause });
    }
    const json = parseJson(text);
    if (!response.ok) throw toApiError(response.status, json, text);
    return { status: response.status, json, text, etag: response.headers.get("ETag") };
  }

  function parse<T extends z.ZodType>(schema: T, json: unknown, what: string): z.infer<T> {
    const result = schema.safeParse(json);
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
      throw new ApiError(200, "InvalidResponse", `the API sent ${what} this client cannot read`, issues, json);
    }
    return result.data;
  }

  function versioned(raw: RawResponse): VersionedConfig {
    const config = parse(FlowConfigSchema, raw.json, "a config");
    // The ETag header is invisible to a browser unless the API exposes it over CORS; the version says the same.
    return { config, etag: raw.etag ?? toEtag(config.version) };
  }

  const configPath = (id: string) => `/flow-configs/${encodeURIComponent(id)}`;
  const changeRequestPath = (id: string, requestId: string) => `${configPath(id)}/change-requests/${encodeURIComponent(requestId)}`;

  return {
    async list(params = {}) {
      const query = { limit: params.limit, cursor: params.cursor, q: params.q, templateId: params.templateId };
      const raw = await send({ method: "GET", path: "/flow-configs", query });
      return parse(ConfigPageSchema, raw.json, "a page of configs");
    },
    async get(id) {
      return versioned(await send({ method: "GET", path: configPath(id) }));
    },
    async create(input) {
      return versioned(await send({ method: "POST", path: "/flow-configs", body: input }));
    },
    async replace(id, input, { ifMatch, force }) {
      return versioned(await send({ method: "PUT", path: configPath(id), query: forceQuery(force), body: input, ifMatch }));
    },
    async patchValues(id, patch, { ifMatch }) {
      const raw = await send({ method: "PATCH", path: `${configPath(id)}/values`, body: patch, ifMatch });
      // On a config that requires approval nothing changed yet: a second person must approve the request.
      if (raw.status === 202) return { kind: "requested", request: parse(ChangeRequestSchema, raw.json, "a change request") };
      return { kind: "saved", saved: versioned(raw) };
    },
    async replaceLookupKeys(id, lookupKeys, { ifMatch }) {
      return versioned(await send({ method: "PUT", path: `${configPath(id)}/lookup-keys`, body: { lookupKeys }, ifMatch }));
    },
    async remove(id, { ifMatch, force }) {
      await send({ method: "DELETE", path: configPath(id), query: forceQuery(force), ifMatch });
    },
    async usage(id, { refresh } = {}) {
      const raw = await send({ method: "GET", path: `${configPath(id)}/usage`, query: { refresh: refresh ? "true" : undefined } });
      return parse(ConfigUsageSchema, raw.json, "a config's usage");
    },
    async usageSummary(ids) {
      const raw = await send({ method: "GET", path: "/flow-configs/usage", query: { ids: ids.join(",") } });
      return parse(UsageSummarySchema, raw.json, "a usage summary");
    },
    async history(id, params = {}) {
      const raw = await send({ method: "GET", path: `${configPath(id)}/history`, query: { limit: params.limit, cursor: params.cursor } });
      return parse(HistoryPageSchema, raw.json, "a page of history");
    },
    async preview(id, params = {}) {
      const raw = await send({ method: "GET", path: `${configPath(id)}/preview`, query: { lang: params.lang, channel: params.channel, at: params.at } });
      return parse(PreviewSchema, raw.json, "a preview");
    },
    async clone(id, request) {
      return versioned(await send({ method: "POST", path: `${configPath(id)}/clone`, body: request }));
    },
    async restore(id, version, { ifMatch } = {}) {
      return versioned(await send({ method: "POST", path: `${configPath(id)}/restore`, body: { version }, ifMatch }));
    },
    async historyVersion(id, version) {
      const raw = await send({ method: "GET", path: `${configPath(id)}/history/${version}` });
      return parse(FlowConfigSchema, raw.json, `version ${version} of a config`);
    },
    async exportConfigs(ids = []) {
      const raw = await send({ method: "GET", path: "/flow-configs/export", query: { ids: ids.join(",") } });
      return parse(ExportDocumentSchema, raw.json, "an export document");
    },
    async importConfigs(document, mode) {
      const raw = await send({ method: "POST", path: "/flow-configs/import", query: { mode }, body: document });
      return parse(ImportReportSchema, raw.json, "an import report");
    },
    async addListEntries(id, entries, { ifMatch }) {
      return versioned(await send({ method: "POST", path: `${configPath(id)}/entries`, body: { entries }, ifMatch }));
    },
    async removeListEntries(id, names, { ifMatch }) {
      return versioned(await send({ method: "DELETE", path: `${configPath(id)}/entries`, body: { names }, ifMatch }));
    },
    async exportOfficesCsv(templateId) {
      const raw = await send({ method: "GET", path: `${configPath(templateId)}/instances.csv`, accept: "text/csv" });
      return raw.text;
    },
    async importOfficesCsv(templateId, csv, mode, options = {}) {
      const confirmStale = options.confirmStale?.length ? options.confirmStale.join(",") : undefined;
      const raw = await send({
        method: "POST",
        path: `${configPath(templateId)}/instances.csv`,
        query: { mode, confirmStale },
        text: { contentType: "text/csv", content: csv },
      });
      return parse(OfficesCsvReportSchema, raw.json, "an offices import report");
    },

    // Scheduled changes
    async scheduleChange(id, input, { ifMatch }) {
      const raw = await send({ method: "POST", path: `${configPath(id)}/scheduled-changes`, body: input, ifMatch });
      if (raw.status === 202) return { kind: "requested", request: parse(ChangeRequestSchema, raw.json, "a change request") };
      return { kind: "scheduled", saved: versioned(raw) };
    },
    async removeScheduledChange(id, changeId, { ifMatch }) {
      return versioned(await send({ method: "DELETE", path: `${configPath(id)}/scheduled-changes/${encodeURIComponent(changeId)}`, ifMatch }));
    },

    // Two-person rule and quick actions
    async runQuickAction(id, name) {
      return versioned(await send({ method: "POST", path: `${configPath(id)}/quick-actions/${encodeURIComponent(name)}` }));
    },
    async listChangeRequests(id) {
      const raw = await send({ method: "GET", path: `${configPath(id)}/change-requests` });
      return parse(ChangeRequestListSchema, raw.json, "a config's change requests").items;
    },
    async approveChangeRequest(id, requestId, { ifMatch }) {
      return versioned(await send({ method: "POST", path: `${changeRequestPath(id, requestId)}/approve`, ifMatch }));
    },
    async rejectChangeRequest(id, requestId, reason, { ifMatch }) {
      return versioned(await send({ method: "POST", path: `${changeRequestPath(id, requestId)}/reject`, body: { reason }, ifMatch }));
    },
  };
}

const forceQuery = (force: boolean | undefined) => ({ force: force ? "true" : undefined });

function parseJson(text: string): unknown {
  if (text === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function toApiError(status: number, json: unknown, text: string): ApiError {
  const body = ErrorBodySchema.safeParse(json);
  if (body.success) return new ApiError(status, body.data.code, body.data.message, body.data.issues ?? [], json);
  return new ApiError(status, `Http${status}`, text.slice(0, 200) || `HTTP ${status}`, [], json);
}
