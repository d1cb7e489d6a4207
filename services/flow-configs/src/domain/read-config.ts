import { configAt, previewConfig, type Channel, type FlowConfig, type Preview } from "@flow-configs/model";
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

/** A preview's query, as the route checked it (`PreviewQuery`). */
export interface PreviewParams {
  lang?: string | undefined;
  channel?: Channel | undefined;
  /** Resolve at this instant, in epoch milliseconds (scheduled windows included); default now. */
  at?: number | undefined;
}

/** Exactly what getConfig would return for a language and channel at an instant, with its size and fallbacks. */
export async function previewForUser(deps: UseCaseDeps, principal: Principal, id: string, params: PreviewParams): Promise<Preview> {
  const { stored, template, effective } = await loadAuthorized(deps, principal, id, "ReadConfig");
  const { lang, channel } = params;
  const atMs = params.at ?? deps.now().getTime();
  const { schedule } = scheduleOf(stored, template, effective);
  return previewConfig(configAt(effective, schedule, atMs), { ...(lang ? { lang } : {}), ...(channel ? { channel } : {}) });
}

