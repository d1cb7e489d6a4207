// Serves the built remote like production: builds first when dist/ is missing or older than its sources.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const SOURCES = ["src", "index.html", "vite.config.ts", "package.json", "../../shared/model/src", "../../shared/api-client/src", "../../shared/auth/src"];
// Another folder than dist/ lets two stacks on other ports (e.g. two e2e runs) build and serve side by side.
const OUT_DIR = process.env.REMOTE_OUT_DIR ?? "dist";
const ENTRY = join(OUT_DIR, "remoteEntry.js");
const BUILT_FOR = join(OUT_DIR, ".base-url");
const vite = join(dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin", "vite.js");

const port = process.env.PORT ?? "5174";
const baseUrl = process.env.REMOTE_BASE_URL ?? `http://localhost:${port}/`;

function newest(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

// A build for another base URL would send the shell to the wrong origin for our chunks: rebuild then too.
const builtFor = existsSync(BUILT_FOR) ? readFileSync(BUILT_FOR, "utf8") : "";
if (!existsSync(ENTRY) || newest(ENTRY) < Math.max(...SOURCES.map(newest)) || builtFor !== baseUrl) {
  const build = spawnSync(process.execPath, [vite, "build", "--outDir", OUT_DIR], { stdio: "inherit", env: { ...process.env, PORT: port } });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(BUILT_FOR, baseUrl);
}

const preview = spawn(process.execPath, [vite, "preview", "--port", port, "--strictPort", "--outDir", OUT_DIR], { stdio: "inherit", env: { ...process.env, PORT: port } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => preview.kill(signal));
preview.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
