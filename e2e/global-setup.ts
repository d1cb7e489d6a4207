import { URLS } from "./stack-urls";

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/**
 * Playwright's webServer waits for the shell; the remote builds in parallel and the API seeds the
 * database, so wait for those too before the first test.
 */
export default async function waitForTheStack(): Promise<void> {
  const needed = [URLS.shell, `${URLS.remote}/remoteEntry.js`, `${URLS.api}/.well-known/openid-configuration`];
  const deadline = Date.now() + 600_000;
  for (const url of needed) {
    while (!(await answers(url))) {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within 10 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}
