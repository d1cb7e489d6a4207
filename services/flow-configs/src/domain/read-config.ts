import {
  CHANNELS,
  configAt,
  DomainError,
  LANGUAGE_PATTERN,
  parseDateTime,
  previewConfig,
  type Channel,
  type FlowConfig,
  type Preview,
} from "@flow-configs/model";
import type { Principal } from "#ports/authorizer";
import { loadAuthorized, readReply } from "./config-access";
import { scheduleOf } from "./safe-change-write";
import type { UseCaseDeps } from "./use-case-deps";

/**
 * The effective config (an instance's template values merged with its overrides); an instance also says
 * which of its overrides name entries its template no longer has (`staleOverrides`).
 */
export async function readConfig(deps: UseCaseDeps, principal: Principal, id: string): Promise<FlowConfig> {
  return readReply(await loadAuthorized(deps, principal, id, "ReadConfig"));
}

export interface PreviewParams {
  lang?: string;
  channel?: string;
  /** Resolve at this instant (scheduled windows included); default now. */
  at?: string;
}

function parseChannel(channel: string | undefined): Channel | undefined {
  if (channel === undefined || channel === "") return undefined;
  const match = CHANNELS.find((known) => known === channel.toUpperCase());
  if (!match) throw DomainError.invalid([{ path: "channel", message: `must be one of ${CHANNELS.join(", ")}` }]);
  return match;
}

function parseLanguage(lang: string | undefined): string | undefined {
  if (lang === undefined || lang === "") return undefined;
  if (!LANGUAGE_PATTERN.test(lang)) throw DomainError.invalid([{ path: "lang", message: "must be a locale code such as en-US" }]);
  return lang;
}

/** Exactly what getConfig would return for a language and channel at an instant, with its size and fallbacks. */
export async function previewForUser(deps: UseCaseDeps, principal: Principal, id: string, params: PreviewParams): Promise<Preview> {
  const { stored, template, effective } = await loadAuthorized(deps, principal, id, "ReadConfig");
  const lang = parseLanguage(params.lang);
  const channel = parseChannel(params.channel);
  const atMs = parseInstant(params.at) ?? deps.now().getTime();
  const { schedule } = scheduleOf(stored, template, effective);
  return previewConfig(configAt(effective, schedule, atMs), { ...(lang ? { lang } : {}), ...(channel ? { channel } : {}) });
}

/** `at=`: an ISO-8601 instant (with Z or an offset) to resolve at; absent: now. */
function parseInstant(at: string | undefined): number | undefined {
  if (at === undefined || at === "") return undefined;
  const parsed = parseDateTime(at);
  if (parsed?.kind !== "instant") {
    throw DomainError.invalid([{ path: "at", message: `must be an ISO-8601 instant with Z or an offset, such as 2026-12-25T06:00:00Z, not "${at}"` }]);
  }
  return parsed.ms;
}
