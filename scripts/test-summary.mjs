#!/usr/bin/env node
// Sums the JSON reports every package's test run writes (vitest: reports/vitest.json, Playwright:
// reports/playwright.json) into the one line CI prints: "N passed, M failed".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const workspaces = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).workspaces;

function packageDirs() {
  return workspaces.flatMap((pattern) => {
    if (!pattern.endsWith("/*")) return [join(root, pattern)];
    const parent = join(root, pattern.slice(0, -2));
    return existsSync(parent) ? readdirSync(parent).map((name) => join(parent, name)) : [];
  });
}

let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
/** The tests that failed, each with the first line of its error: the CI log keeps only its tail. */
const failures = [];
for (const dir of packageDirs()) {
  const vitest = join(dir, "reports/vitest.json");
  if (existsSync(vitest)) {
    const report = JSON.parse(readFileSync(vitest, "utf8"));
    const fileFailures = (report.testResults ?? []).filter((file) => file.status === "failed" && file.assertionResults?.length === 0).length;
    rows.push([dir, report.numPassedTests, report.numFailedTests + fileFailures]);
    for (const file of report.testResults ?? []) {
      if (file.status === "failed" && file.assertionResults?.length === 0) failures.push([file.name, file.message]);
      for (const test of file.assertionResults ?? []) {
        if (test.status === "failed") failures.push([`${file.name} > ${test.fullName}`, test.failureMessages?.[0]]);
      }
    }
    passed += report.numPassedTests;
    failed += report.numFailedTests + fileFailures;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
  const playwright = join(dir, "reports/playwright.json");
  if (existsSync(playwright)) {
    const { stats, suites = [] } = JSON.parse(readFileSync(playwright, "utf8"));
    collectPlaywrightFailures(suites, []);
    rows.push([dir, stats.expected + stats.flaky, stats.unexpected]);
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    skipped += stats.skipped;
  }
}
for (const [name, message] of failures) {
  console.log(`FAILED ${name.replace(root, "")}`);
  const firstLine = String(message ?? "").split("\n").find((line) => line.trim());
  if (firstLine) console.log(`  ${firstLine.replace(/\u001b\[[0-9;]*m/g, "").slice(0, 300)}`);
}
for (const [dir, p, f] of rows) console.log(`  ${dir.slice(root.length)}: ${p} passed, ${f} failed`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);

function collectPlaywrightFailures(suites, titles) {
  for (const suite of suites) {
    const path = suite.title ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== "unexpected") continue;
        const error = test.results?.at(-1)?.error?.message;
        failures.push([`[${test.projectName}] ${[...path, spec.title].join(" > ")}`, error]);
      }
    }
    collectPlaywrightFailures(suite.suites ?? [], path);
  }
}
