import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

function newest(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * Serves the built remote (in the current folder) like production: builds first when the build is
 * missing, older than its sources, or made for another base URL (the shell would fetch our chunks from
 * the wrong origin). `REMOTE_OUT_DIR` lets two stacks on other ports build and serve side by side.
 *
 * @param {import("./serve-remote").ServeRemoteOptions} options
 */
export function serveRemote({ defaultPort, sources }) {
  const outDir = process.env.REMOTE_OUT_DIR ?? "dist";
  const entry = join(outDir, "remoteEntry.js");
  const builtForFile = join(outDir, ".base-url");
  const vite = join(dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin", "vite.js");
  const port = process.env.PORT ?? String(defaultPort);
  const baseUrl = process.env.REMOTE_BASE_URL ?? `http://localhost:${port}/`;
  const env = { ...process.env, PORT: port };

  const builtFor = existsSync(builtForFile) ? readFileSync(builtForFile, "utf8") : "";
  if (!existsSync(entry) || newest(entry) < Math.max(...sources.map(newest)) || builtFor !== baseUrl) {
    const build = spawnSync(process.execPath, [vite, "build", "--outDir", outDir], { stdio: "inherit", env });
    if (build.status !== 0) process.exit(build.status ?? 1);
    writeFileSync(builtForFile, baseUrl);
  }

  const preview = spawn(process.execPath, [vite, "preview", "--port", port, "--strictPort", "--outDir", outDir], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => preview.kill(signal));
  preview.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
