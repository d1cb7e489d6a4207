import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { RuntimeConfig } from "@flow-configs/model/runtime";
import { chromium, type Browser, type CDPSession, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../chromium";
import { localIdToken } from "../fixtures/local-token";
import { URLS, stackEnvironment } from "../stack-urls";
import { serveFolder } from "./serve-folder";
import { BASELINE_ROWS, cloudscapeComponentsIn, singleBundleBaseline } from "./single-bundle-baseline";

/**
 * `npm run bench -w @flow-configs/e2e`: the first view of the built shell + the Flow Configs list.
 * Prints the JS and CSS it transfers (gzip bytes, computed here: `vite preview` does not compress) and
 * the time until the table shows its rows with the CPU throttled 4×. Prints only; asserts nothing.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CPU_SLOWDOWN = 4;
/** Issue 13's goals, against the single-bundle baseline of the same run. */
const JS_GOAL_RATIO = 1.3;
const TIME_GOAL_RATIO = 1.25;
const verdict = (ratio: number, goal: number) => `goal ≤ ${goal.toFixed(2)}×: ${ratio <= goal ? "met" : "NOT met"}`;

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

/** Every module's remoteEntry.js answers: a remote still building would make its figures empty. */
async function waitForModules(timeoutMs: number): Promise<void> {
  const { modules } = (await (await fetch(`${URLS.shell}/config.json`)).json()) as RuntimeConfig;
  await waitFor(modules.map((module) => module.remoteEntry), timeoutMs);
}

/** Starts `npm start` on the e2e ports unless a stack already answers there. */
async function ensureStack(): Promise<ChildProcess | null> {
  const ready = [URLS.shell, `${URLS.remote}/remoteEntry.js`, `${URLS.api}/.well-known/openid-configuration`];
  if (await answers(URLS.shell)) {
    await waitFor(ready, 60_000);
    await waitForModules(600_000);
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
  await waitForModules(600_000);
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

interface Recorder {
  /** What arrived since the last call. */
  collect: () => Promise<Transfer[]>;
  /** Resolves once no request has been in flight for `quietMs`. */
  settled: (quietMs: number) => Promise<void>;
}

/** Records every script and stylesheet the page loads, with its body's gzip size, and what is still in flight. */
function recordTransfers(cdp: CDPSession): Recorder {
  const pending = new Map<string, { url: string; kind: "js" | "css" }>();
  const finished: string[] = [];
  const inFlight = new Set<string>();
  let lastActivity = Date.now();
  cdp.on("Network.requestWillBeSent", ({ requestId }) => {
    inFlight.add(requestId);
    lastActivity = Date.now();
  });
  cdp.on("Network.responseReceived", ({ requestId, type, response }) => {
    if (type === "Script") pending.set(requestId, { url: response.url, kind: "js" });
    if (type === "Stylesheet") pending.set(requestId, { url: response.url, kind: "css" });
  });
  cdp.on("Network.loadingFinished", ({ requestId }) => {
    inFlight.delete(requestId);
    lastActivity = Date.now();
    if (pending.has(requestId)) finished.push(requestId);
  });
  cdp.on("Network.loadingFailed", ({ requestId }) => {
    inFlight.delete(requestId);
    lastActivity = Date.now();
  });
  return {
    async collect() {
      const transfers: Transfer[] = [];
      for (const requestId of finished.splice(0)) {
        const request = pending.get(requestId);
        if (!request) continue;
        const { body, base64Encoded } = await cdp.send("Network.getResponseBody", { requestId });
        const bytes = Buffer.from(body, base64Encoded ? "base64" : "utf8");
        transfers.push({ ...request, rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length });
      }
      return transfers;
    },
    async settled(quietMs) {
      while (inFlight.size > 0 || Date.now() - lastActivity < quietMs) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
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

interface TimedRun {
  page: Page;
  recorder: Recorder;
  elapsedMs: number;
  close: () => Promise<void>;
}

/** Opens `url` in a fresh context (nothing cached, as on a first visit), CPU throttled; times it to the table's first data row. */
async function timeToTable(browser: Browser, url: string, idToken?: string): Promise<TimedRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (idToken) {
    await context.addInitScript(
      ({ origin, token }) => {
        if (window.location.origin === origin) window.sessionStorage.setItem("flow-configs.local.id_token", token);
      },
      { origin: URLS.shell, token: idToken },
    );
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  const recorder = recordTransfers(cdp);
  const started = Date.now();
  await page.goto(url);
  await page.getByRole("table").getByRole("row").nth(1).waitFor({ timeout: 120_000 });
  return { page, recorder, elapsedMs: Date.now() - started, close: () => context.close() };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** After the first view, opens each other module from the navigation and prints what that downloaded, by origin. */
async function otherModules(run: TimedRun, modules: RuntimeConfig["modules"]): Promise<void> {
  const others = modules.filter((module) => module.route !== "/flow-configs");
  if (others.length === 0) {
    console.log("  Opening another module after Flow Configs: none is registered in this checkout (/config.json lists Flow Configs only)");
    return;
  }
  for (const module of others) {
    const remoteOrigin = new URL(module.remoteEntry).origin;
    const firstResponse = run.page.waitForResponse((response) => response.url().startsWith(remoteOrigin) && response.ok(), { timeout: 120_000 });
    await run.page.getByRole("navigation", { name: "Admin modules" }).getByRole("link", { name: module.title, exact: true }).click();
    await run.page.waitForURL(`**${module.route}**`);
    // A client-side navigation fires no new load event: wait for the module's code to arrive, then for quiet
    await firstResponse;
    await run.recorder.settled(1000);
    const js = (await run.recorder.collect()).filter((transfer) => transfer.kind === "js");
    const own = js.filter((transfer) => transfer.url.startsWith(remoteOrigin));
    const fromShell = js.filter((transfer) => transfer.url.startsWith(URLS.shell));
    const elsewhere = js.filter((transfer) => !own.includes(transfer) && !fromShell.includes(transfer));
    const sum = (files: Transfer[]) => kb(files.reduce((total, file) => total + file.gzipBytes, 0));
    console.log(`  Opening ${module.title} after Flow Configs: JS ${sum(js)} gzip (${js.length} files)`);
    console.log(`    its own code (${remoteOrigin}): ${sum(own)} in ${own.length} files`);
    console.log(`    shared from the shell (Cloudscape components Flow Configs did not use): ${sum(fromShell)} in ${fromShell.length} files`);
    console.log(`    anything else (another module's code would show here): ${sum(elsewhere)} in ${elsewhere.length} files`);
    for (const file of [...own, ...fromShell, ...elsewhere].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, Number(process.env.BENCH_LIST_FILES ?? 5))) {
      console.log(`    ${kb(file.gzipBytes).padStart(9)}  ${label(file.url)}`);
    }
  }
}

async function main(): Promise<void> {
  const stack = await ensureStack();
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const idToken = await localIdToken({ username: "morgan" });
    const modules = ((await (await fetch(`${URLS.shell}/config.json`)).json()) as RuntimeConfig).modules;
    const firstView = () => timeToTable(browser, `${URLS.shell}/flow-configs`, idToken);
    const first = await firstView();
    const timings = [first.elapsedMs];
    const transfers = await first.recorder.collect();
    await otherModules(first, modules);
    await first.close();

    const js = summarize(transfers, "js");
    const css = summarize(transfers, "css");
    console.log("\nFirst view: shell + Flow Configs list (built, no HTTP cache)");
    console.log(`  JS   ${kb(js.gzipBytes)} gzip (${kb(js.rawBytes)} raw, ${js.files} files)`);
    const fromShell = transfers.filter((transfer) => transfer.kind === "js" && transfer.url.startsWith(URLS.shell));
    console.log(`       of which the shell's origin ${kb(fromShell.reduce((sum, file) => sum + file.gzipBytes, 0))}, the remote's ${kb(js.gzipBytes - fromShell.reduce((sum, file) => sum + file.gzipBytes, 0))}`);
    console.log(`  CSS  ${kb(css.gzipBytes)} gzip (${kb(css.rawBytes)} raw, ${css.files} files)`);
    console.log("  Largest JS (gzip):");
    for (const file of js.largest) console.log(`    ${kb(file.gzipBytes).padStart(9)}  ${label(file.url)}`);
    const components = cloudscapeComponentsIn(transfers.filter((transfer) => transfer.kind === "js").map((transfer) => label(transfer.url)));
    const baseline = await singleBundleBaseline(components);
    const baselineServer = await serveFolder(baseline.pageDir);
    const baselineTimings: number[] = [];
    // The runs alternate, baseline and first view, so a machine busy with something else slows both alike
    for (let run = 0; run < RUNS; run += 1) {
      const timedBaseline = await timeToTable(browser, baselineServer.url);
      baselineTimings.push(timedBaseline.elapsedMs);
      await timedBaseline.close();
      if (timings.length === RUNS) continue;
      const timed = await firstView();
      timings.push(timed.elapsedMs);
      await timed.close();
    }
    await baselineServer.close();
    console.log(`  Baseline, same run: React + the ${components.length} Cloudscape components the first view loaded, in one plain`);
    console.log(`  bundle (no federation, router or app code): JS ${kb(baseline.gzipBytes)} gzip (${kb(baseline.rawBytes)} raw) — ${(js.gzipBytes / baseline.gzipBytes).toFixed(2)}× it, ${verdict(js.gzipBytes / baseline.gzipBytes, JS_GOAL_RATIO)}`);
    console.log(`    components: ${components.join(", ")}`);
    console.log(`  Time to table rendered, CPU ${CPU_SLOWDOWN}× slower: median ${median(timings)} ms (runs: ${timings.join(", ")} ms)`);
    console.log(`  Baseline page (the bundle above rendering a ${BASELINE_ROWS}-row table, no data to fetch), same way, runs alternating with the first view's: median ${median(baselineTimings)} ms (runs: ${baselineTimings.join(", ")} ms) — ${(median(timings) / median(baselineTimings)).toFixed(2)}× it, ${verdict(median(timings) / median(baselineTimings), TIME_GOAL_RATIO)}`);
  } finally {
    await browser.close();
    stopStack(stack);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
