import { ApiError, NetworkError, toEtag } from "@flow-configs/api-client";
import type { FlowConfigsClient, VersionedConfig } from "@flow-configs/api-client";
import { applyValuePatch, parseConfigInput, previewConfig } from "@flow-configs/model";
import type { Channel, ConfigSummary, FlowConfig, FlowConfigBody, StoredConfig, ValuePatch } from "@flow-configs/model";

export interface RecordedCall {
  method: keyof FlowConfigsClient;
  args: unknown[];
}

/**
 * The client port backed by a map, for page tests: versions, If-Match (412 with the current config) and
 * the model's own patch rules, plus a switch for the failures pages must survive. Standalone configs only.
 */
export class InMemoryClient implements FlowConfigsClient {
  readonly calls: RecordedCall[] = [];
  readonly configs = new Map<string, StoredConfig>();
  /** The next call fails with this error instead of answering. */
  failNext: Error | null = null;
  pageSize = 100;

  constructor(
    configs: FlowConfigBody[] = [],
    private readonly getIdToken: () => Promise<string> = async () => "token",
  ) {
    for (const body of configs) this.store({ ...body, version: 1, updatedAt: "2026-11-24T10:00:00.000Z", updatedBy: "alex" });
  }

  /** Someone else saves in the meantime. */
  saveBehindTheScenes(id: string, patch: ValuePatch, who = "riley"): void {
    const stored = this.require(id);
    const result = applyValuePatch(stored, patch, null);
    if (!result.ok) throw result.error;
    this.store({ ...result.value, version: stored.version + 1, updatedAt: "2026-11-25T10:00:00.000Z", updatedBy: who } as StoredConfig);
  }

  private async record(method: keyof FlowConfigsClient, args: unknown[]): Promise<void> {
    // Like the real client: a token first (an expired session fails here), then the request.
    await this.getIdToken();
    this.calls.push({ method, args });
    const failure = this.failNext;
    this.failNext = null;
    if (failure) throw failure;
  }

  private readonly history_: StoredConfig[] = [];

  private store(stored: StoredConfig): VersionedConfig {
    this.configs.set(stored.id, stored);
    this.history_.push(stored);
    return this.versioned(stored);
  }

  private require(id: string): StoredConfig {
    const stored = this.configs.get(id);
    if (!stored) throw new ApiError(404, "NotFound", `flow config ${id} not found`, [], null);
    return stored;
  }

  private versioned(stored: StoredConfig): VersionedConfig {
    return { config: stored as FlowConfig, etag: toEtag(stored.version) };
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

  async list(params: { limit?: number; cursor?: string | null; q?: string } = {}) {
    await this.record("list", [params]);
    const q = params.q?.toLowerCase() ?? "";
    const all = [...this.configs.values()]
      .filter((stored) => stored.id.toLowerCase().includes(q) || stored.description.toLowerCase().includes(q))
      .sort((a, b) => a.id.localeCompare(b.id));
    const start = params.cursor ? Number(params.cursor) : 0;
    const limit = params.limit ?? this.pageSize;
    const size = Math.min(limit, this.pageSize);
    const items: ConfigSummary[] = all.slice(start, start + size).map((stored) => ({
      id: stored.id,
      description: stored.description,
      templateId: stored.templateId,
      lookupKeys: stored.lookupKeys,
      variableCount: stored.variables.length,
      promptCount: stored.prompts.length,
      version: stored.version,
      updatedAt: stored.updatedAt,
      updatedBy: stored.updatedBy,
    }));
    return { items, nextCursor: start + size < all.length ? String(start + size) : null };
  }

  async get(id: string) {
    await this.record("get", [id]);
    return this.versioned(this.require(id));
  }

  async create(input: Parameters<FlowConfigsClient["create"]>[0]) {
    await this.record("create", [input]);
    const parsed = parseConfigInput(input);
    if (!parsed.ok) throw new ApiError(400, "InvalidInput", parsed.error.message, parsed.error.issues, null);
    const stored = { ...parsed.value, version: 1, updatedAt: "2026-11-25T10:00:00.000Z", updatedBy: "alex" } as StoredConfig;
    return this.store(stored);
  }

  async replace(id: string, input: Parameters<FlowConfigsClient["replace"]>[1], options: { ifMatch: string | number }) {
    await this.record("replace", [id, input, options]);
    const stored = this.require(id);
    this.checkVersion(stored, options.ifMatch);
    const next = { ...input, version: stored.version + 1, updatedAt: "2026-11-25T10:00:00.000Z", updatedBy: "alex" } as StoredConfig;
    return this.store(next);
  }

  async patchValues(id: string, patch: ValuePatch, options: { ifMatch: string | number }) {
    await this.record("patchValues", [id, patch, options]);
    const stored = this.require(id);
    this.checkVersion(stored, options.ifMatch);
    const result = applyValuePatch(stored, patch, null);
    if (!result.ok) throw new ApiError(400, result.error.code, result.error.message, result.error.issues, null);
    const next = { ...result.value, version: stored.version + 1, updatedAt: "2026-11-25T10:00:00.000Z", updatedBy: "morgan" } as StoredConfig;
    return this.store(next);
  }

  async remove(id: string, options: { ifMatch: string | number }) {
    await this.record("remove", [id, options]);
    this.checkVersion(this.require(id), options.ifMatch);
    this.configs.delete(id);
  }

  async history(id: string) {
    await this.record("history", [id]);
    this.require(id);
    return [];
  }

  async preview(id: string, params: { lang?: string; channel?: Channel } = {}) {
    await this.record("preview", [id, params]);
    return previewConfig(this.require(id) as FlowConfig, params);
  }

  async clone(id: string, request: { id: string }) {
    await this.record("clone", [id, request]);
    return this.store({ ...this.require(id), id: request.id, version: 1 });
  }

  async restore(id: string, version: number, options: { ifMatch: string | number }) {
    await this.record("restore", [id, version, options]);
    const stored = this.require(id);
    this.checkVersion(stored, options.ifMatch);
    const old = this.history_.find((entry) => entry.id === id && entry.version === version);
    if (!old) throw new ApiError(404, "NotFound", `${id} has no version ${version}`, [], null);
    return this.store({ ...old, version: stored.version + 1 });
  }
}

export const offline = () => new NetworkError("PATCH /flow-configs/BasicQueue did not reach the API");
