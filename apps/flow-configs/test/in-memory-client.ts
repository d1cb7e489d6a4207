import { ApiError, NetworkError, toEtag } from "@flow-configs/api-client";
import type { FlowConfigsClient, HistoryParams, ImportMode, ListEntryInput, SaveOutcome, VersionedConfig } from "@flow-configs/api-client";
import {
  DomainError,
  analyzeFlows,
  applyValuePatch,
  configUsage,
  flowsBrokenByDelete,
  flowsBrokenByShape,
  usageSummary,
  usedConfig,
  bodyOf,
  checkScheduledChange,
  configAt,
  configSchedule,
  configSummary,
  effectiveTimeZone,
  diff,
  effectiveConfig,
  entriesChangedSince,
  exportDocument,
  normalizePhoneNumber,
  officesToCsv,
  parseConfigInput,
  parseExportDocument,
  planImport,
  planOfficesCsv,
  refuseUnconfirmedStale,
  previewConfig,
} from "@flow-configs/model";
import type {
  ChangeRequest,
  Channel,
  ConfigInput,
  FlowSource,
  ConfigSummary,
  FlowConfig,
  FlowConfigBody,
  HistoryEntry,
  InstanceBody,
  ScheduledChangeInput,
  StoredConfig,
  ValuePatch,
} from "@flow-configs/model";

export interface RecordedCall {
  method: keyof FlowConfigsClient;
  args: unknown[];
}

/**
 * The client port backed by a map, for page tests: versions, If-Match (412 with the current config) and
 * the model's own patch, template, import and CSV rules, a history of every write, plus a switch for the
 * failures pages must survive.
 */
export class InMemoryClient implements FlowConfigsClient {
  readonly calls: RecordedCall[] = [];
  readonly configs = new Map<string, StoredConfig>();
  /** The next call fails with this error instead of answering. */
  failNext: Error | null = null;
  pageSize = 100;
  /** The contact flows usage and the InUse guards read, analysed by the model as the API does. */
  flows: FlowSource[] = [];
  /** The API's clock: windows are checked and previews resolved at this instant. */
  now: () => number = () => Date.now();
  /** Who the API sees behind the token: the author of values saves, change requests, approvals and quick actions. */
  user = "morgan";

  constructor(
    configs: (FlowConfigBody | InstanceBody)[] = [],
    private readonly getIdToken: () => Promise<string> = async () => "token",
  ) {
    for (const body of configs) this.store({ ...body, version: 1, updatedAt: "2026-11-24T10:00:00.000Z", updatedBy: "alex" } as StoredConfig, "create");
  }

  /** The latest call of one method (pages also ask for flow usage alongside). */
  lastCall(method: keyof FlowConfigsClient): RecordedCall | undefined {
    return this.calls.filter((call) => call.method === method).at(-1);
  }

  /** Someone else saves in the meantime. */
  saveBehindTheScenes(id: string, patch: ValuePatch, who = "riley"): void {
    const stored = this.require(id);
    const result = applyValuePatch(stored, patch, null);
    if (!result.ok) throw result.error;
    this.store({ ...result.value, version: stored.version + 1, updatedAt: "2026-11-25T10:00:00.000Z", updatedBy: who } as StoredConfig, "update-values");
  }

  /** A config (its history kept) disappears behind the page's back, e.g. a template deleted under its instances. */
  deleteBehindTheScenes(id: string): void {
    this.configs.delete(id);
  }

  private async record(method: keyof FlowConfigsClient, args: unknown[]): Promise<void> {
    // Like the real client: a token first (an expired session fails here), then the request.
    await this.getIdToken();
    this.calls.push({ method, args });
    const failure = this.failNext;
    this.failNext = null;
    if (failure) throw failure;
  }

  private readonly versions: { stored: StoredConfig; action: HistoryEntry["action"]; restoredFrom?: number }[] = [];

  private store(stored: StoredConfig, action: HistoryEntry["action"], restoredFrom?: number): VersionedConfig {
    this.configs.set(stored.id, stored);
    this.versions.push({ stored, action, ...(restoredFrom !== undefined && { restoredFrom }) });
    return this.versioned(stored);
  }

  private templateOf(stored: StoredConfig): StoredConfig | null {
    return stored.templateId === null ? null : (this.configs.get(stored.templateId) ?? null);
  }

  private effective(stored: StoredConfig): FlowConfig {
    try {
      return effectiveConfig(stored, this.templateOf(stored));
    } catch (error) {
      if (error instanceof DomainError) throw new ApiError(409, error.code, error.message, error.issues, null);
      throw error;
    }
  }

  private next(stored: StoredConfig, input: ConfigInput, who: string): StoredConfig {
    return { ...input, version: stored.version + 1, updatedAt: "2026-11-25T10:00:00.000Z", updatedBy: who } as StoredConfig;
  }

  private require(id: string): StoredConfig {
    const stored = this.configs.get(id);
    if (!stored) throw new ApiError(404, "NotFound", `flow config ${id} not found`, [], null);
    return stored;
  }

  private versioned(stored: StoredConfig): VersionedConfig {
    return { config: this.effective(stored), etag: toEtag(stored.version) };
  }

  private checkVersion(stored: StoredConfig, ifMatch: string | number): void {
    if (toEtag(ifMatch) !== toEtag(stored.version)) {
      throw new ApiError(412, "VersionConflict", `${stored.id} is at version ${stored.version}`, [], {
        code: "VersionConflict",
        message: `${stored.id} is at version ${stored.version}`,
        current: stored,
      });
    }
  }

  async list(params: { limit?: number; cursor?: string | null; q?: string; templateId?: string } = {}) {
    await this.record("list", [params]);
    const q = params.q?.toLowerCase() ?? "";
    const all = [...this.configs.values()]
      .filter((stored) => stored.id.toLowerCase().includes(q) || stored.description.toLowerCase().includes(q))
      .filter((stored) => !params.templateId || stored.templateId === params.templateId)
      .sort((a, b) => a.id.localeCompare(b.id));
    const start = params.cursor ? Number(params.cursor) : 0;
    const limit = params.limit ?? this.pageSize;
    const size = Math.min(limit, this.pageSize);
    const items: ConfigSummary[] = all.slice(start, start + size).map(configSummary);
    const nextCursor = start + size < all.length ? String(start + size) : null;
    if (!params.templateId) return { items, nextCursor };
    const instanceCount = [...this.configs.values()].filter((stored) => stored.templateId === params.templateId).length;
    return { items, nextCursor, instanceCount };
  }

  async get(id: string) {
    await this.record("get", [id]);
    return this.versioned(this.require(id));
  }

  async create(input: Parameters<FlowConfigsClient["create"]>[0]) {
    await this.record("create", [input]);
    const parsed = parseConfigInput(input);
    if (!parsed.ok) throw new ApiError(400, "InvalidInput", parsed.error.message, parsed.error.issues, null);
    if (this.configs.has(parsed.value.id)) throw new ApiError(409, "Conflict", `flow config ${parsed.value.id} already exists`, [], null);
    const stored = { ...parsed.value, version: 1, updatedAt: "2026-11-25T10:00:00.000Z", updatedBy: "alex" } as StoredConfig;
    return this.store(stored, "create");
  }

  async replace(id: string, input: Parameters<FlowConfigsClient["replace"]>[1], options: { ifMatch: string | number; force?: boolean }) {
    await this.record("replace", [id, input, options]);
    const stored = this.require(id);
    this.checkVersion(stored, options.ifMatch);
    const names = [...input.variables, ...input.prompts].map((entry) => entry.name);
    const broken = flowsBrokenByShape(this.usageOf(stored), names);
    if (broken.length > 0 && !options.force) {
      throw this.inUse(broken.map(({ flow, names: lost }) => ({ path: flow.name, message: `reads ${lost.join(", ")}` })));
    }
    return this.store(this.next(stored, input, "alex"), "replace");
  }

  /** As the API answers: a new version, or on a config that requires approval a pending request. */
  async patchValues(id: string, patch: ValuePatch, options: { ifMatch: string | number }): Promise<SaveOutcome> {
    await this.record("patchValues", [id, patch, options]);
    const stored = this.require(id);
    this.checkVersion(stored, options.ifMatch);
    const result = applyValuePatch(stored, patch, this.templateOf(stored));
    if (!result.ok) throw new ApiError(400, result.error.code, result.error.message, result.error.issues, null);
    if (this.effective(stored).approval === "required") {
      const request: ChangeRequest = {
        id: `r${stored.version}`,
        kind: "values",
        patch: { variables: patch.variables.map(({ name, value }) => ({ name, value })), prompts: patch.prompts, ...(patch.reset && { reset: patch.reset }) },
        requestedBy: this.user,
        requestedAt: "2026-11-25T10:00:00.000Z",
        baseVersion: stored.version,
        status: "pending",
      };
      this.store({ ...stored, changeRequests: [...(stored.changeRequests ?? []), request], version: stored.version + 1, updatedBy: this.user }, "request-change");
      return { kind: "requested", request };
    }
    return { kind: "saved", saved: this.store(this.next(stored, result.value, this.user), "update-values") };
  }

  async replaceLookupKeys(id: string, lookupKeys: readonly string[], options: { ifMatch: string | number }) {
    await this.record("replaceLookupKeys", [id, lookupKeys, options]);
    const stored = this.require(id);
    this.checkVersion(stored, options.ifMatch);
    const parsed = parseConfigInput({ ...bodyOf(stored), lookupKeys });
    if (!parsed.ok) throw new ApiError(400, "InvalidInput", parsed.error.message, parsed.error.issues, null);
    for (const [index, key] of lookupKeys.entries()) {
      const owner = [...this.configs.values()].find((other) => other.id !== id && other.lookupKeys.includes(key));
      if (owner) {
        throw new ApiError(409, "Conflict", `lookup key ${key} is already used by flow config ${owner.id}`, [{ path: `lookupKeys[${index}]`, message: `is already used by flow config ${owner.id}` }], null);
      }
    }
    return this.store(this.next(stored, parsed.value, "alex"), "replace");
  }

  async remove(id: string, options: { ifMatch: string | number; force?: boolean }) {
    await this.record("remove", [id, options]);
    const stored = this.require(id);
    this.checkVersion(stored, options.ifMatch);
    const broken = flowsBrokenByDelete(this.usageOf(stored));
    if (broken.length > 0 && !options.force) throw this.inUse(broken.map((flow) => ({ path: flow.name, message: `invokes getConfig with id ${id}` })));
    this.configs.delete(id);
    this.versions.push({ stored: { ...stored, version: stored.version + 1 }, action: "delete" });
  }

  private usageOf(stored: StoredConfig) {
    return configUsage(analyzeFlows(this.flows), usedConfig(this.effective(stored)));
  }

  private inUse(issues: { path: string; message: string }[]): ApiError {
    return new ApiError(409, "InUse", `used by ${issues.map((issue) => issue.path).join(", ")}; send ?force=true to go ahead anyway`, issues, null);
  }

  async usage(id: string, options: { refresh?: boolean } = {}) {
    await this.record("usage", [id, options]);
    return { flows: this.usageOf(this.require(id)), scannedAt: "2026-11-25T10:00:00.000Z" };
  }

  async usageSummary(ids: readonly string[]) {
    await this.record("usageSummary", [ids]);
    return { ...usageSummary(analyzeFlows(this.flows), ids), scannedAt: "2026-11-25T10:00:00.000Z" };
  }

  private versionsOf(id: string) {
    const versions = this.versions.filter((entry) => entry.stored.id === id);
    if (versions.length === 0) throw new ApiError(404, "NotFound", `flow config ${id} not found`, [], null);
    return versions;
  }

  /** Pages as the API does: newest first, `limit` (default 20) a page, the cursor the oldest version shown. */
  async history(id: string, params: HistoryParams = {}) {
    await this.record("history", [id, params]);
    let previous: FlowConfig | null = null;
    const entries = this.versionsOf(id).map(({ stored, action, restoredFrom }): HistoryEntry => {
      const current = action === "delete" ? null : (stored as FlowConfig);
      const changes = diff(previous, current);
      previous = current;
      return { version: stored.version, action, updatedAt: stored.updatedAt, updatedBy: stored.updatedBy, changes, ...(restoredFrom !== undefined && { restoredFrom }) };
    });
    const older = entries.reverse().filter((entry) => !params.cursor || entry.version < Number(params.cursor));
    const items = older.slice(0, params.limit ?? 20);
    const oldest = items.at(-1);
    return { items, nextCursor: oldest && older.length > items.length ? String(oldest.version) : null };
  }

  async historyVersion(id: string, version: number) {
    await this.record("historyVersion", [id, version]);
    const found = this.versionsOf(id).find((entry) => entry.stored.version === version && entry.action !== "delete");
    if (!found) throw new ApiError(404, "NotFound", `${id} has no version ${version}`, [], null);
    return found.stored as FlowConfig;
  }

  async preview(id: string, params: { lang?: string; channel?: Channel; at?: string } = {}) {
    await this.record("preview", [id, params]);
    const effective = this.effective(this.require(id));
    const atMs = params.at === undefined ? this.now() : Date.parse(params.at);
    const { at: _at, ...resolve } = params;
    return previewConfig(configAt(effective, configSchedule(effective).schedule, atMs), resolve);
  }

  async clone(id: string, request: { id: string; linkTemplate?: boolean }) {
    await this.record("clone", [id, request]);
    const source = this.require(id);
    if (this.configs.has(request.id)) throw new ApiError(409, "Conflict", `flow config ${request.id} already exists`, [], null);
    const copy: ConfigInput = request.linkTemplate
      ? { id: request.id, description: source.description, templateId: source.templateId ?? source.id, variables: [], prompts: [], lookupKeys: [] }
      : { ...(bodyOf(source) as FlowConfigBody), id: request.id, lookupKeys: [] };
    return this.store({ ...copy, version: 1, updatedAt: "2026-11-25T10:00:00.000Z", updatedBy: "alex" } as StoredConfig, "create");
  }

  async restore(id: string, version: number, options: { ifMatch?: string | number } = {}) {
    await this.record("restore", [id, version, options]);
    const versions = this.versionsOf(id);
    const latest = versions.at(-1)?.stored;
    const current = this.configs.get(id);
    if (current && options.ifMatch !== undefined) this.checkVersion(current, options.ifMatch);
    const old = versions.find((entry) => entry.stored.version === version && entry.action !== "delete");
    if (!old || !latest) throw new ApiError(404, "NotFound", `${id} has no version ${version}`, [], null);
    return this.store(this.next(latest, bodyOf(old.stored), "alex"), "restore", version);
  }

  async exportConfigs(ids: readonly string[] = []) {
    await this.record("exportConfigs", [ids]);
    const chosen = ids.length === 0 ? [...this.configs.values()] : ids.map((id) => this.require(id));
    return exportDocument(chosen, "2026-11-25T10:00:00.000Z");
  }

  async importConfigs(document: unknown, mode: ImportMode) {
    await this.record("importConfigs", [document, mode]);
    const envelope = parseExportDocument(document);
    if (!envelope.ok) throw new ApiError(400, envelope.error.code, envelope.error.message, envelope.error.issues, null);
    const rows = planImport(envelope.value.configs, this.configs);
    if (mode === "apply") this.applyRows(rows);
    return { rows: rows.map(({ index, id, action, issues }) => ({ index, id, action, issues })) };
  }

  async addListEntries(id: string, entries: readonly ListEntryInput[], options: { ifMatch: string | number }) {
    await this.record("addListEntries", [id, entries, options]);
    const stored = this.require(id);
    if (this.effective(stored).kind !== "list") throw new ApiError(400, "InvalidInput", `${id} is not a list config`, [], null);
    this.checkVersion(stored, options.ifMatch);
    const added = entries.map((entry) => {
      const number = normalizePhoneNumber(entry.name);
      if (!number.ok) throw new ApiError(400, "InvalidInput", number.reason, [], null);
      return { name: number.number, type: "list-entry" as const, value: "", ...(entry.note && { note: entry.note }) };
    });
    const body = bodyOf(stored) as FlowConfigBody;
    return this.store(this.next(stored, { ...body, variables: [...body.variables, ...added] }, "morgan"), "update-values");
  }

  async removeListEntries(id: string, names: readonly string[], options: { ifMatch: string | number }) {
    await this.record("removeListEntries", [id, names, options]);
    const stored = this.require(id);
    this.checkVersion(stored, options.ifMatch);
    const body = bodyOf(stored) as FlowConfigBody;
    return this.store(this.next(stored, { ...body, variables: body.variables.filter((variable) => !names.includes(variable.name)) }, "morgan"), "update-values");
  }

  async exportOfficesCsv(templateId: string) {
    await this.record("exportOfficesCsv", [templateId]);
    const template = bodyOf(this.require(templateId)) as FlowConfigBody;
    const instances = [...this.configs.values()].filter((stored) => stored.templateId === templateId);
    return officesToCsv(template, instances);
  }

  async importOfficesCsv(templateId: string, csv: string, mode: ImportMode, options: { confirmStale?: readonly string[] } = {}) {
    await this.record("importOfficesCsv", [templateId, csv, mode, options]);
    const lookupOwners = new Map<string, string>();
    for (const stored of this.configs.values()) for (const key of stored.lookupKeys) lookupOwners.set(key, stored.id);
    const planned = planOfficesCsv(csv, { template: this.require(templateId), existing: this.configs, lookupOwners });
    if (planned.problems.length > 0) throw new ApiError(400, "InvalidInput", planned.problems.join("; "), [], null);
    const rows = mode === "apply" ? refuseUnconfirmedStale(planned.rows, new Set(options.confirmStale)) : planned.rows;
    if (mode === "apply") this.applyRows(rows);
    return { rows: rows.map(({ input: _input, ...row }) => row) };
  }

  // Scheduled changes: checked by the model as the API checks them; a config that requires approval makes a request.
  private windows = 0;

  async scheduleChange(id: string, input: ScheduledChangeInput, options: { ifMatch: string | number }) {
    await this.record("scheduleChange", [id, input, options]);
    const stored = this.require(id);
    this.checkVersion(stored, options.ifMatch);
    const shape = this.effective(stored);
    const existing = stored.scheduledChanges ?? [];
    const context = { shape, timeZone: effectiveTimeZone(stored, this.templateOf(stored)), nowMs: this.now(), existing: existing.length };
    const issues = checkScheduledChange(input, context);
    if (issues.length > 0) throw new ApiError(400, "InvalidInput", issues.map((issue) => `${issue.path}: ${issue.message}`).join("; "), issues, null);
    const requestedAt = new Date(this.now()).toISOString();
    if (shape.approval === "required") {
      return { kind: "requested" as const, request: { id: "r1", kind: "schedule" as const, ...input, requestedBy: this.user, requestedAt, baseVersion: stored.version, status: "pending" as const } };
    }
    this.windows += 1;
    const window = { id: `w${this.windows}`, ...input, createdBy: this.user, createdAt: requestedAt };
    const body = bodyOf(stored);
    return { kind: "scheduled" as const, saved: this.store(this.next(stored, { ...body, scheduledChanges: [...existing, window] }, "morgan"), "schedule-change") };
  }

  async removeScheduledChange(id: string, changeId: string, options: { ifMatch: string | number }) {
    await this.record("removeScheduledChange", [id, changeId, options]);
    const stored = this.require(id);
    this.checkVersion(stored, options.ifMatch);
    const existing = stored.scheduledChanges ?? [];
    if (!existing.some((window) => window.id === changeId)) throw new ApiError(404, "NotFound", `flow config ${id} has no scheduled change ${changeId}`, [], null);
    const remaining = existing.filter((window) => window.id !== changeId);
    const { scheduledChanges: _all, ...body } = bodyOf(stored);
    return this.store(this.next(stored, remaining.length > 0 ? { ...body, scheduledChanges: remaining } : body, "morgan"), "remove-scheduled-change");
  }

  async runQuickAction(id: string, name: string) {
    await this.record("runQuickAction", [id, name]);
    const stored = this.require(id);
    const action = this.effective(stored).quickActions?.find((candidate) => candidate.name === name);
    if (!action) throw new ApiError(404, "NotFound", `flow config ${id} has no quick action "${name}"`, [], null);
    const result = applyValuePatch(stored, action.patch, this.templateOf(stored));
    if (!result.ok) throw new ApiError(400, result.error.code, result.error.message, result.error.issues, null);
    return this.store(this.next(stored, result.value, this.user), "quick-action");
  }

  async listChangeRequests(id: string) {
    await this.record("listChangeRequests", [id]);
    return [...(this.require(id).changeRequests ?? [])].sort((a, b) => Number(b.status === "pending") - Number(a.status === "pending"));
  }

  /** A pending request of the config at the version `ifMatch` names, as approve and reject find it. */
  private pendingRequest(id: string, requestId: string, ifMatch: string | number): { stored: StoredConfig; request: ChangeRequest } {
    const stored = this.require(id);
    const request = stored.changeRequests?.find((candidate) => candidate.id === requestId);
    if (!request) throw new ApiError(404, "NotFound", `flow config ${id} has no change request ${requestId}`, [], null);
    if (request.status !== "pending") throw new ApiError(409, "Conflict", `change request ${requestId} was already ${request.status} by ${request.decidedBy ?? "someone"}`, [], null);
    this.checkVersion(stored, ifMatch);
    return { stored, request };
  }

  private decided(stored: StoredConfig, request: ChangeRequest, decision: Partial<ChangeRequest>): ChangeRequest[] {
    const decidedAt = "2026-11-25T11:00:00.000Z";
    return (stored.changeRequests ?? []).map((candidate) => (candidate.id === request.id ? { ...candidate, ...decision, decidedBy: this.user, decidedAt } : candidate));
  }

  async approveChangeRequest(id: string, requestId: string, options: { ifMatch: string | number }) {
    await this.record("approveChangeRequest", [id, requestId, options]);
    const { stored, request } = this.pendingRequest(id, requestId, options.ifMatch);
    if (request.requestedBy === this.user) throw new ApiError(403, "Forbidden", `${this.user} requested this change: another person must approve it`, [], null);
    const base = this.versionsOf(id).find((entry) => entry.stored.version === request.baseVersion)?.stored ?? stored;
    const changed = entriesChangedSince(this.effective(base), this.effective(stored), request.patch);
    if (changed.length > 0) {
      throw new ApiError(409, "Conflict", `${changed.join(", ")} changed since ${request.requestedBy} asked (version ${request.baseVersion}): approving would undo that`, [], null);
    }
    const result = applyValuePatch(stored, request.patch, this.templateOf(stored));
    if (!result.ok) throw new ApiError(400, result.error.code, result.error.message, result.error.issues, null);
    const input = { ...result.value, changeRequests: this.decided(stored, request, { status: "approved" }) } as ConfigInput;
    return this.store(this.next(stored, input, this.user), "approve-change");
  }

  async rejectChangeRequest(id: string, requestId: string, reason: string, options: { ifMatch: string | number }) {
    await this.record("rejectChangeRequest", [id, requestId, reason, options]);
    const { stored, request } = this.pendingRequest(id, requestId, options.ifMatch);
    const input = { ...bodyOf(stored), changeRequests: this.decided(stored, request, { status: "rejected", reason }) } as ConfigInput;
    return this.store(this.next(stored, input, this.user), "reject-change");
  }

  /** An import's apply: each planned row's config created or replaced, as the API would (by alex). */
  private applyRows(rows: readonly { id: string; input?: ConfigInput | null }[]) {
    for (const row of rows) {
      if (!row.input) continue;
      const current = this.configs.get(row.id);
      if (current) this.store(this.next(current, row.input, "alex"), "replace");
      else this.store({ ...row.input, version: 1, updatedAt: "2026-11-25T10:00:00.000Z", updatedBy: "alex" } as StoredConfig, "create");
    }
  }
}

export const offline = () => new NetworkError("PATCH /flow-configs/BasicQueue did not reach the API");
