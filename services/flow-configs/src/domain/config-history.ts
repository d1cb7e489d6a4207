import { CONFIG_ID_PATTERN, type HistoryEntry, type HistoryPage } from "@flow-configs/model";
import type { Principal } from "#ports/authorizer";
import { loadAuthorized, notFound, requireApiAccess } from "./config-access";
import { configResource } from "./config-resource";
import { invalidCursor } from "./invalid-cursor";
import type { UseCaseDeps } from "./use-case-deps";

/** A history page's query, as the route checked it (`HistoryQuery`). */
export interface HistoryParams {
  limit: number;
  cursor?: string | undefined;
}

/** A page's entries stop short of this many bytes of JSON: one entry may hold up to 400 KB of before/after values, and Lambda answers at most 6 MB. */
const PAGE_BYTES = 4 * 1024 * 1024;

/** The opaque `nextCursor`: the oldest version on the page, the next page starting below it. */
const encodeCursor = (version: number) => Buffer.from(`v${version}`, "utf8").toString("base64url");

function decodeCursor(cursor: string): number {
  const match = /^v([1-9]\d{0,14})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match?.[1]) throw invalidCursor();
  return Number(match[1]);
}

/** The newest entries that fit in a response, at least one. */
function withinBudget(entries: readonly HistoryEntry[]): HistoryEntry[] {
  let bytes = 0;
  const kept: HistoryEntry[] = [];
  for (const entry of entries) {
    bytes += Buffer.byteLength(JSON.stringify(entry));
    if (kept.length > 0 && bytes > PAGE_BYTES) break;
    kept.push(entry);
  }
  return kept;
}

/** A user may read a config's history when they may read the config; a deleted config's, by its id alone. */
async function authorizeHistory(deps: UseCaseDeps, principal: Principal, id: string): Promise<void> {
  await requireApiAccess(deps, principal);
  if (!CONFIG_ID_PATTERN.test(id)) throw notFound(id);
  if (await deps.store.get(id)) {
    await loadAuthorized(deps, principal, id, "ReadConfig");
    return;
  }
  if ((await deps.store.history(id, { limit: 1 })).length === 0) throw notFound(id);
  // A deleted config's template is no longer known: scope by id alone.
  const resource = configResource({ id, templateId: null, kind: "standard" });
  if (!(await deps.authorizer.isAllowed(principal, "ReadConfig", resource))) throw notFound(id);
}

/** GET /flow-configs/{id}/history?limit=&cursor=: a page of versions, newest first; `nextCursor` reads the older ones. */
export async function configHistory(deps: UseCaseDeps, principal: Principal, id: string, params: HistoryParams): Promise<HistoryPage> {
  const { limit } = params;
  const beforeVersion = params.cursor ? decodeCursor(params.cursor) : undefined;
  await authorizeHistory(deps, principal, id);
  // One more than asked for says whether an older page exists
  const entries = await deps.store.history(id, { limit: limit + 1, ...(beforeVersion ? { beforeVersion } : {}) });
  const items = withinBudget(entries.slice(0, limit));
  const oldest = items.at(-1);
  return { items, nextCursor: oldest && entries.length > items.length ? encodeCursor(oldest.version) : null };
}
