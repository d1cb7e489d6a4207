import { contactFlowEvent } from "@flow-configs/local-aws";
import type { RuntimeConfig } from "@flow-configs/model/runtime";

/**
 * One part of the local stack, and how to tell that the answer comes from that part itself — not from
 * whatever else holds its port. `npm start` prints Ready only when every check passes; a part started
 * later (the agent workspace page) appends its own.
 */
export interface ReadinessCheck {
  /** What the user reads when it does not answer: `the shell (/config.json at http://…)`. */
  name: string;
  /** Resolves true when the part answered as itself. */
  answers(): Promise<boolean>;
}

/** A part that stopped on its own: waiting for it is pointless. */
export interface PartFailure {
  part: string;
  reason: string;
}

export type Readiness = { ready: true } | { ready: false; waitingFor: string[]; failure: PartFailure | null };

const ASK_TIMEOUT_MS = 2_000;

async function answer(url: string, init?: RequestInit): Promise<Response | null> {
  return fetch(url, { ...init, signal: AbortSignal.timeout(ASK_TIMEOUT_MS) }).catch(() => null);
}

async function jsonOf(response: Response | null): Promise<unknown> {
  if (!response?.ok) return null;
  return response.json().catch(() => null);
}

/** The shell serves the very `/config.json` this stack wrote. */
export function shellCheck(shellUrl: string, runtimeConfig: RuntimeConfig): ReadinessCheck {
  const url = `${shellUrl}/config.json`;
  return {
    name: `the shell (${url})`,
    answers: async () => JSON.stringify(await jsonOf(await answer(url))) === JSON.stringify(runtimeConfig),
  };
}

/** The remote serves a Module Federation entry that registers the module by its name. */
export function remoteCheck(remoteEntryUrl: string, federationName: string): ReadinessCheck {
  return {
    name: `the ${federationName} remote (${remoteEntryUrl})`,
    async answers() {
      const response = await answer(remoteEntryUrl);
      if (!response?.ok) return false;
      return (await response.text().catch(() => "")).includes(federationName);
    },
  };
}

/** A page this stack serves (the agent workspace): it answers with its own text, not another server's. */
export function pageCheck(part: string, url: string, text: string): ReadinessCheck {
  return {
    name: `the ${part} (${url})`,
    async answers() {
      const response = await answer(url);
      if (!response?.ok) return false;
      return (await response.text().catch(() => "")).includes(text);
    },
  };
}

/** The API's identity provider names this stack's issuer in its OIDC discovery document. */
export function apiCheck(apiUrl: string, issuer: string): ReadinessCheck {
  const url = `${apiUrl}/.well-known/openid-configuration`;
  return {
    name: `the REST API (${url})`,
    answers: async () => ((await jsonOf(await answer(url))) as { issuer?: unknown } | null)?.issuer === issuer,
  };
}

/** The Lambda endpoint runs isBadActor for real and answers in its shape. */
export function lambdaCheck(lambdaUrl: string): ReadinessCheck {
  const url = `${lambdaUrl}/2015-03-31/functions/isBadActor/invocations`;
  const event = contactFlowEvent({ parameters: { ani: "+15550000000" } });
  return {
    name: `the Lambda endpoint (${url})`,
    async answers() {
      const reply = (await jsonOf(await answer(url, { method: "POST", body: JSON.stringify(event) }))) as { isBadActor?: unknown } | null;
      return reply?.isBadActor === "true" || reply?.isBadActor === "false";
    },
  };
}

/**
 * Asks every check until all pass, a part fails (`failure()` says which and why), or the time is up.
 * Never resolves ready while anything is still waited for.
 */
export async function waitUntilReady(
  checks: readonly ReadinessCheck[],
  options: { timeoutMs: number; failure: () => PartFailure | null; pollMs?: number },
): Promise<Readiness> {
  const deadline = Date.now() + options.timeoutMs;
  const pending = new Set(checks);
  for (;;) {
    const failure = options.failure();
    if (failure) return { ready: false, waitingFor: [...pending].map((check) => check.name), failure };
    for (const check of [...pending]) if (await check.answers()) pending.delete(check);
    if (pending.size === 0 && !options.failure()) return { ready: true };
    if (Date.now() >= deadline) return { ready: false, waitingFor: [...pending].map((check) => check.name), failure: options.failure() };
    await new Promise((wake) => setTimeout(wake, options.pollMs ?? 1_000));
  }
}
