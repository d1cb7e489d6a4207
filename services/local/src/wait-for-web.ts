/** Polls until every URL answers with a success status, or the time is up. Resolves whether all answered. */
export async function waitForWeb(urls: readonly string[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(urls);
  while (pending.size > 0 && Date.now() < deadline) {
    for (const url of [...pending]) {
      const answered = await fetch(url, { signal: AbortSignal.timeout(2_000) })
        .then((response) => response.ok)
        .catch(() => false);
      if (answered) pending.delete(url);
    }
    if (pending.size > 0) await new Promise((wake) => setTimeout(wake, 1_000));
  }
  return pending.size === 0;
}
