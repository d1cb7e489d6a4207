#!/usr/bin/env node
// `npm run audit`: what can be checked about the dependencies from this network, printed plainly.
// 1. npm's advisory audit (`npm audit`): fails (exit 1) on advisories at or above AUDIT_LEVEL (default high).
// 2. If the advisory endpoint cannot be reached (the registry here answers 405 to its bulk POST), npm's
//    registry-signature check (`npm audit signatures`) instead.
// 3. Always, offline: every package in package-lock.json comes from the npm registry with a sha512 integrity.
// An unreachable endpoint is reported as NOT CHECKED and never fails the run: CI must not depend on it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const auditLevel = process.env.AUDIT_LEVEL ?? "high";
const LEVELS = ["info", "low", "moderate", "high", "critical"];
const UNREACHABLE = /ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|405|404|501|audit endpoint returned an error|network/i;

function npm(args) {
  const run = spawnSync("npm", args, { cwd: root, encoding: "utf8", timeout: 120_000 });
  return { status: run.status, output: `${run.stdout ?? ""}${run.stderr ?? ""}`, stdout: run.stdout ?? "" };
}

function firstLine(text, pattern) {
  return text.split("\n").find((line) => pattern.test(line))?.trim() ?? text.trim().split("\n")[0] ?? "";
}

let failed = false;

const audit = npm(["audit", "--json"]);
let report = null;
try {
  report = JSON.parse(audit.stdout);
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (counts) {
  const atOrAbove = LEVELS.slice(LEVELS.indexOf(auditLevel)).reduce((sum, level) => sum + (counts[level] ?? 0), 0);
  console.log(`npm audit: ${LEVELS.map((level) => `${counts[level] ?? 0} ${level}`).join(", ")} (total ${counts.total ?? 0})`);
  for (const [name, entry] of Object.entries(report.vulnerabilities ?? {})) {
    if (LEVELS.indexOf(entry.severity) >= LEVELS.indexOf(auditLevel)) console.log(`  ${entry.severity}: ${name} ${entry.range ?? ""}`);
  }
  if (atOrAbove > 0) {
    console.log(`npm audit: ${atOrAbove} at or above ${auditLevel}: run \`npm audit\` for the fixes`);
    failed = true;
  }
} else if (UNREACHABLE.test(audit.output)) {
  console.log(`npm audit: NOT CHECKED — the advisory endpoint is unreachable (${firstLine(audit.output, UNREACHABLE)})`);
  const signatures = npm(["audit", "signatures"]);
  if (signatures.status === 0) console.log(`npm audit signatures: ${firstLine(signatures.output, /verified|signature/i)}`);
  else if (UNREACHABLE.test(signatures.output)) {
    console.log(`npm audit signatures: NOT CHECKED — unreachable (${firstLine(signatures.output, UNREACHABLE)})`);
  } else {
    console.log(`npm audit signatures: FAILED\n${signatures.output.trim()}`);
    failed = true;
  }
} else {
  console.log(`npm audit: could not run\n${audit.output.trim()}`);
  failed = true;
}

const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
const fetched = Object.entries(lock.packages ?? {}).filter(([path, entry]) => path.includes("node_modules/") && !entry.link);
const offRegistry = fetched.filter(([, entry]) => entry.resolved && !entry.resolved.startsWith("https://registry.npmjs.org/"));
const unpinned = fetched.filter(([, entry]) => entry.resolved && !entry.integrity?.startsWith("sha512-"));
console.log(`package-lock.json: ${fetched.length} packages, ${offRegistry.length} from outside registry.npmjs.org, ${unpinned.length} without a sha512 integrity`);
for (const [path, entry] of [...offRegistry, ...unpinned]) console.log(`  ${path}: ${entry.resolved}`);
if (offRegistry.length > 0 || unpinned.length > 0) failed = true;

process.exit(failed ? 1 : 0);
