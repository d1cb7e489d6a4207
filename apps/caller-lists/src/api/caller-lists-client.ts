import { ApiError, NetworkError } from "@flow-configs/api-client";
import {
  CallerListPageSchema,
  CallerListSchema,
  EntriesPageSchema,
  EntriesReportSchema,
  ImportReportSchema,
  RemoveEntriesReportSchema,
  type CallerList,
  type CreateCallerList,
  type EntriesPage,
  type EntriesReport,
  type EntryInput,
  type ImportReport,
  type RemoveEntriesReport,
} from "@flow-configs/model/caller-lists";
import type { z } from "zod";

export interface EntriesParams {
  q?: string;
  cursor?: string;
  limit?: number;
}

/** The Caller Lists REST API (DESIGN.md § "The suite"), typed by the model's schemas. */
export interface CallerListsClient {
  listLists(): Promise<CallerList[]>;
  createList(input: CreateCallerList): Promise<CallerList>;
  getList(listId: string): Promise<CallerList>;
  deleteList(listId: string): Promise<void>;
  listEntries(listId: string, params?: EntriesParams): Promise<EntriesPage>;
  /** Up to 1000 entries; each is reported, the good ones kept. */
  addEntries(listId: string, entries: readonly EntryInput[]): Promise<EntriesReport>;
  removeEntries(listId: string, numbers: readonly string[]): Promise<RemoveEntriesReport>;
  /** A dry run reports only; an apply stores every good row. */
  importCsv(listId: string, csv: string, options: { dryRun: boolean }): Promise<ImportReport>;
  exportCsv(listId: string): Promise<string>;
}

export interface CallerListsClientOptions {
  baseUrl: string;
  getIdToken: () => Promise<string>;
  fetch?: typeof fetch;
}

interface RequestSpec {
  method: "GET" | "POST" | "DELETE";
  path: string;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  csv?: string;
}

function toApiError(status: number, text: string): ApiError {
  let body: unknown = text;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    // Not JSON (a gateway's HTML page): the status says enough.
  }
  const fields = (typeof body === "object" && body !== null ? body : {}) as { code?: string; message?: string; issues?: { path: string; message: string }[] };
  return new ApiError(status, fields.code ?? "Error", fields.message ?? `the API answered ${status}`, fields.issues ?? [], body);
}

export function createCallerListsClient(options: CallerListsClientOptions): CallerListsClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function send(spec: RequestSpec): Promise<string> {
    const url = new URL(`${baseUrl}${spec.path}`);
    for (const [key, value] of Object.entries(spec.query ?? {})) if (value !== undefined && value !== "") url.searchParams.set(key, String(value));
    const headers: Record<string, string> = { Authorization: `Bearer ${await options.getIdToken()}` };
    if (spec.json !== undefined) headers["Content-Type"] = "application/json";
    if (spec.csv !== undefined) headers["Content-Type"] = "text/csv";
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(url, { method: spec.method, headers, body: spec.csv ?? (spec.json === undefined ? undefined : JSON.stringify(spec.json)) });
      text = await response.text();
    } catch (cause) {
      throw new NetworkError(`${spec.method} ${url.pathname} did not reach the API`, { cause });
    }
    if (!response.ok) throw toApiError(response.status, text);
    return text;
  }

  async function sendJson<T extends z.ZodType>(schema: T, spec: RequestSpec, what: string): Promise<z.infer<T>> {
    const text = await send(spec);
    const result = schema.safeParse(JSON.parse(text));
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
      throw new ApiError(200, "InvalidResponse", `the API sent ${what} this client cannot read`, issues, text);
    }
    return result.data;
  }

  const listPath = (listId: string) => `/caller-lists/${encodeURIComponent(listId)}`;

  return {
    async listLists() {
      return (await sendJson(CallerListPageSchema, { method: "GET", path: "/caller-lists" }, "a page of lists")).items;
    },
    createList: (input) => sendJson(CallerListSchema, { method: "POST", path: "/caller-lists", json: input }, "a list"),
    getList: (listId) => sendJson(CallerListSchema, { method: "GET", path: listPath(listId) }, "a list"),
    async deleteList(listId) {
      await send({ method: "DELETE", path: listPath(listId) });
    },
    listEntries: (listId, params = {}) =>
      sendJson(EntriesPageSchema, { method: "GET", path: `${listPath(listId)}/entries`, query: { ...params } }, "a page of entries"),
    addEntries: (listId, entries) =>
      sendJson(EntriesReportSchema, { method: "POST", path: `${listPath(listId)}/entries`, json: { entries } }, "an entries report"),
    removeEntries: (listId, numbers) =>
      sendJson(RemoveEntriesReportSchema, { method: "DELETE", path: `${listPath(listId)}/entries`, json: { numbers } }, "a removal report"),
    importCsv: (listId, csv, { dryRun }) =>
      sendJson(ImportReportSchema, { method: "POST", path: `${listPath(listId)}/entries.csv`, query: { dryRun: String(dryRun) }, csv }, "an import report"),
    exportCsv: (listId) => send({ method: "GET", path: `${listPath(listId)}/entries.csv` }),
  };
}
