import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type CDPSession } from "@playwright/test";
import { chromiumLaunchOptions } from "../chromium";
import { localIdToken } from "../fixtures/local-token";
import { URLS, stackEnvironment } from "../stack-urls";
import { cloudscapeComponentsIn, singleBundleBaseline } from "./single-bundle-baseline";

/**
 * `npm run bench -w @flow-configs/e2e`: the first view of the built shell + the Flow Configs list.
 * Prints the JS and CSS it transfers (gzip bytes, computed here: `vite preview` does not compress) and
 * the time until the table shows its rows with the CPU throttled 4×. Prints only; asserts nothing.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CPU_SLOWDOWN = 4;
const JS_GOAL_BYTES = 300 * 1024;

interface Transfer {
  url: string;
  kind: "js" | "css";
  rawBytes: number;
  gzipBytes: number;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function waitFor(urls: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const url of urls) {
    while (!(await answers(url))) {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/** Starts `npm start` on the e2e ports unless a stack already answers there. */
async function ensureStack(): Promise<ChildProcess | null> {
  const ready = [URLS.shell, `${URLS.remote}/remoteEntry.js`, `${URLS.api}/.well-known/openid-configuration`];
  if (await answers(URLS.shell)) {
    await waitFor(ready, 60_000);
    return null;
  }
  console.log("Starting the local stack (builds the shell and the remote when needed)…");
  const stack = spawn("npm", ["start"], {
    cwd: join(import.meta.dirname, "..", ".."),
    env: { ...process.env, ...stackEnvironment(mkdtempSync(join(tmpdir(), "flow-configs-bench-"))) },
    detached: true,
    stdio: "ignore",
  });
  await waitFor(ready, 600_000);
  return stack;
}

function stopStack(stack: ChildProcess | null): void {
  if (stack?.pid === undefined) return;
  try {
    process.kill(-stack.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

/** Records every script and stylesheet the page loads, with its body's gzip size. */
function recordTransfers(cdp: CDPSession): () => Promise<Transfer[]> {
  const pending = new Map<string, { url: string; kind: "js" | "css" }>();
  const finished: string[] = [];
  cdp.on("Network.responseReceived", ({ requestId, type, response }) => {
    if (type === "Script") pending.set(requestId, { url: response.url, kind: "js" });
    if (type === "Stylesheet") pending.set(requestId, { url: response.url, kind: "css" });
  });
  cdp.on("Network.loadingFinished", ({ requestId }) => {
    if (pending.has(requestId)) finished.push(requestId);
  });
  return async () => {
    const transfers: Transfer[] = [];
    for (const requestId of finished) {
      const request = pending.get(requestId);
      if (!request) continue;
      const { body, base64Encoded } = await cdp.send("Network.getResponseBody", { requestId });
      const bytes = Buffer.from(body, base64Encoded ? "base64" : "utf8");
      transfers.push({ ...request, rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length });
    }
    return transfers;
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** `shell` or `remote` and the path, with the federation plugin's long virtual-module prefixes shortened. */
function label(url: string): string {
  const { origin, pathname } = new URL(url);
  const side = origin === new URL(URLS.shell).origin ? "shell " : origin === new URL(URLS.remote).origin ? "remote" : origin;
  const path = pathname
    .replace(/_virtual_mf___mfe_internal__\w+?__mf_owner__\d+__/, "")
    .replace(/_mf_0_cloudscape_mf_2_design_mf_1_components_mf_1_/, "cloudscape/")
    .replace(/_mf_2_/g, "-")
    .replace(/_mf_1_/g, "/");
  return `${side} ${path}`;
}

function summarize(transfers: Transfer[], kind: "js" | "css") {
  const files = transfers.filter((transfer) => transfer.kind === kind);
  return {
    files: files.length,
    rawBytes: files.reduce((sum, file) => sum + file.rawBytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    largest: [...files].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, Number(process.env.BENCH_LIST_FILES ?? 5)),
  };
}

async function main(): Promise<void> {
  const stack = await ensureStack();
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const idToken = await localIdToken({ username: "morgan" });
    const timings: number[] = [];
    let transfers: Transfer[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // A fresh context each run: nothing cached, as on a first visit.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(
        ({ origin, token }) => {
          if (window.location.origin === origin) window.sessionStorage.setItem("flow-configs.local.id_token", token);
        },
        { origin: URLS.shell, token: idToken },
      );
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
      const collect = recordTransfers(cdp);
      const started = Date.now();
      await page.goto(`${URLS.shell}/flow-configs`);
      // The list has rendered when its table shows a data row.
      await page.getByRole("table").getByRole("row").nth(1).waitFor({ timeout: 120_000 });
      timings.push(Date.now() - started);
      if (run === 0) transfers = await collect();
      await context.close();
    }

    const js = summarize(transfers, "js");
    const css = summarize(transfers, "css");
    const sorted = [...timings].sort((a, b) => a - b);
    console.log("\nFirst view: shell + Flow Configs list (built, no HTTP cache)");
    console.log(`  JS   ${kb(js.gzipBytes)} gzip (${kb(js.rawBytes)} raw, ${js.files} files)  goal ≤ ${kb(JS_GOAL_BYTES)}: ${js.gzipBytes <= JS_GOAL_BYTES ? "met" : "NOT met"}`);
    const fromShell = transfers.filter((transfer) => transfer.kind === "js" && transfer.url.startsWith(URLS.shell));
    console.log(`       of which the shell's origin ${kb(fromShell.reduce((sum, file) => sum + file.gzipBytes, 0))}, the remote's ${kb(js.gzipBytes - fromShell.reduce((sum, file) => sum + file.gzipBytes, 0))}`);
    console.log(`  CSS  ${kb(css.gzipBytes)} gzip (${kb(css.rawBytes)} raw, ${css.files} files)`);
    console.log("  Largest JS (gzip):");
    for (const file of js.largest) console.log(`    ${kb(file.gzipBytes).padStart(9)}  ${label(file.url)}`);
    const components = cloudscapeComponentsIn(transfers.filter((transfer) => transfer.kind === "js").map((transfer) => label(transfer.url)));
    const baseline = await singleBundleBaseline(components);
    console.log(`  Baseline, same run: React + the ${components.length} Cloudscape components the first view loaded, in one plain`);
    console.log(`  bundle (no federation, router or app code): JS ${kb(baseline.gzipBytes)} gzip (${kb(baseline.rawBytes)} raw) — ${(js.gzipBytes / baseline.gzipBytes).toFixed(2)}× it`);
    console.log(`    components: ${components.join(", ")}`);
    console.log(`  Time to table rendered, CPU ${CPU_SLOWDOWN}× slower: median ${sorted[Math.floor(sorted.length / 2)]} ms (runs: ${timings.join(", ")} ms)`);
  } finally {
    await browser.close();
    stopStack(stack);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
