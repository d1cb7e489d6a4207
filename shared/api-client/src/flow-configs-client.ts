import {
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
  Channel,
  ConfigInput,
  ConfigPage,
  ConfigUsage,
  FlowConfig,
  HistoryPage,
  Preview,
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
}

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
  patchValues(id: string, patch: ValuePatch, options: WriteOptions): Promise<VersionedConfig>;
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
  /** Checks (`dry-run`) or writes (`apply`) offices given as CSV, one result row per CSV record. */
  importOfficesCsv(templateId: string, csv: string, mode: ImportMode): Promise<OfficesCsvReport>;
}

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
    return { json, text, etag: response.headers.get("ETag") };
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
      return versioned(await send({ method: "PATCH", path: `${configPath(id)}/values`, body: patch, ifMatch }));
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
      const raw = await send({ method: "GET", path: `${configPath(id)}/preview`, query: { lang: params.lang, channel: params.channel } });
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
    async importOfficesCsv(templateId, csv, mode) {
      const raw = await send({
        method: "POST",
        path: `${configPath(templateId)}/instances.csv`,
        query: { mode },
        text: { contentType: "text/csv", content: csv },
      });
      return parse(OfficesCsvReportSchema, raw.json, "an offices import report");
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
