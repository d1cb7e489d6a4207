import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * `npm run serve`: the shell as production serves it — built once (again only when a source is newer
 * than the build), then `vite preview` on $PORT.
 */
const shellDir = dirname(dirname(fileURLToPath(import.meta.url)));
const repoRoot = dirname(shellDir);
const builtIndex = join(shellDir, "dist", "index.html");
// What the build reads: the shell and the shared packages it bundles.
const sources = [
  join(shellDir, "src"),
  join(shellDir, "index.html"),
  join(shellDir, "vite.config.ts"),
  // The build-time scripts the Vite config runs (theme CSS, the Cloudscape and React Router share lists)
  join(shellDir, "scripts"),
  join(shellDir, "package.json"),
  join(repoRoot, "shared", "auth", "src"),
  join(repoRoot, "shared", "model", "src"),
  join(repoRoot, "package-lock.json"),
];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: shellDir, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = process.env.PORT ?? "5173";
const stale = !existsSync(builtIndex) || Math.max(...sources.map(newestChange)) > statSync(builtIndex).mtimeMs;
if (stale) {
  console.log("Building the shell (dist/ is missing or older than its sources)…");
  run("npx", ["vite", "build"]);
}
run("npx", ["vite", "preview", "--port", port, "--strictPort"]);
