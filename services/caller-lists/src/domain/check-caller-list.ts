import { normalizePhoneNumber } from "@flow-configs/model/contact-flow";
import type { CallerList, CallerListEntry } from "@flow-configs/model/caller-lists";
import { ContactFlowError } from "@flow-configs/service/domain/contact-flow-error";
import { parseContactFlowEvent } from "@flow-configs/service/domain/contact-flow-event";
import { isLive } from "#adapters/caller-list-items";
import type { CallerListReader } from "#ports/caller-list-store";
import { StaleIfErrorCache, type CacheObserver } from "@flow-configs/service/domain/stale-if-error-cache";

/** What a contact flow reads with `$.External.onList`, `.kind` and `.reason` (Connect attributes are strings). */
export interface CheckCallerListResult {
  onList: "true" | "false";
  kind: string;
  reason: string;
}

/** The failure that sends the flow down its Error branch when it names a list that does not exist. */
export class UnknownCallerListError extends Error {
  override readonly name = "UnknownCallerList";
}

/** Callers (and lists) remembered per container: bounds the Lambda's memory, not its correctness. */
const MAX_CACHED_ENTRIES = 50_000;
const MAX_CACHED_LISTS = 1000;

/**
 * The lists and entries checkCallerList has read, each for at most `ttlMs`. A caller not seen before costs
 * one GetItem (its entry); the list's own item is read beside it, in parallel, only when it is not cached.
 */
export class CachedCallerListReader {
  private readonly lists: StaleIfErrorCache<CallerList | undefined>;
  private readonly entries: StaleIfErrorCache<CallerListEntry | undefined>;

  constructor(
    private readonly reader: CallerListReader,
    ttlMs: number,
    log: CacheObserver,
    now: () => number = Date.now,
  ) {
    this.lists = new StaleIfErrorCache(ttlMs, log, now, MAX_CACHED_LISTS);
    this.entries = new StaleIfErrorCache(ttlMs, log, now, MAX_CACHED_ENTRIES);
  }

  /** The list and the number's entry on it; no number (a withheld caller id): the list only. */
  async lookup(listId: string, number: string | undefined): Promise<{ list: CallerList | undefined; entry: CallerListEntry | undefined }> {
    const [list, entry] = await Promise.all([
      this.lists.get(listId, () => this.reader.getList(listId)),
      number === undefined ? undefined : this.entries.get(`${listId}\n${number}`, () => this.reader.getEntry(listId, number)),
    ]);
    return { list, entry };
  }
}

/**
 * checkCallerList: whether the caller (`ani`, else CustomerEndpoint.Address) is on the caller list
 * `listId`. An expired entry is off the list from its `expiresAt`, cached or not; an unknown list fails.
 */
export async function checkCallerList(reader: CachedCallerListReader, event: unknown, now: Date): Promise<CheckCallerListResult> {
  const input = parseContactFlowEvent(event);
  const listId = input.parameters.listId;
  if (!listId) throw new ContactFlowError("MalformedContactFlowEvent", "no list to check: set the parameter listId");
  const caller = input.parameters.ani || input.customerNumber;
  if (!caller) {
    throw new ContactFlowError("MalformedContactFlowEvent", "no caller to check: set the parameter ani or call with CustomerEndpoint.Address");
  }
  const normalized = normalizePhoneNumber(caller);
  // A withheld or malformed caller id ("anonymous") is on no list; the flow still gets the list's kind.
  const { list, entry } = await reader.lookup(listId, normalized.ok ? normalized.number : undefined);
  if (!list) throw new UnknownCallerListError(`caller list ${listId} does not exist`);
  const listed = entry !== undefined && isLive(entry, now);
  return { onList: listed ? "true" : "false", kind: list.kind, reason: listed ? (entry.reason ?? "") : "" };
}
