import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { federation } from "@module-federation/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { cloudscapeEntryPoints } from "./scripts/cloudscape-entry-points";
import { reactRouterDeclarativeExports } from "./scripts/react-router-declarative-exports";

const singleton = { singleton: true };

/** Serves the file named by `RUNTIME_CONFIG_FILE` at `/config.json`, in dev and preview alike. */
function runtimeConfigFile(): Plugin {
  const file = process.env.RUNTIME_CONFIG_FILE;
  const serve = (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    if (!file || request.url?.split("?")[0] !== "/config.json") return next();
    readFile(file, "utf8").then(
      (body) => {
        response.setHeader("Content-Type", "application/json");
        response.setHeader("Cache-Control", "no-store");
        response.end(body);
      },
      () => {
        response.statusCode = 404;
        response.end(`RUNTIME_CONFIG_FILE ${file} cannot be read`);
      },
    );
  };
  return {
    name: "shell:runtime-config-file",
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  };
}

/**
 * `virtual:connect-theme.css`: the Connect theme computed at build time, so the look costs ~1 KB of CSS
 * instead of the runtime theming bundle, and never waits for the workspace.
 */
function connectThemeCss(): Plugin {
  const id = "virtual:connect-theme.css";
  const resolved = `\0${id}`;
  const script = fileURLToPath(new URL("./scripts/connect-theme-css.ts", import.meta.url));
  return {
    name: "shell:connect-theme-css",
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (loaded) =>
      loaded === resolved ? execFileSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8" }) : undefined,
  };
}

export default defineConfig(async () => ({
  plugins: [
    react(),
    runtimeConfigFile(),
    connectThemeCss(),
    federation({
      name: "shell",
      // Remotes come from /config.json at run time (registerRemotes), so none are listed here.
      remotes: {},
      // What the shell provides to every module, generated from the installed packages: a module may use any
      // Cloudscape component or declarative React Router API without a shell change. Listed, not imported: an
      // entry point loads the first time something asks for it, so the first view does not grow.
      shared: {
        react: singleton,
        "react-dom": singleton,
        "react-router": {
          ...singleton,
          treeShaking: { mode: "runtime-infer" as const, usedExports: await reactRouterDeclarativeExports() },
        },
        // Cloudscape keeps its React contexts in internal modules each build bundles: one copy, the shell's.
        "@cloudscape-design/components/": singleton,
        ...Object.fromEntries(cloudscapeEntryPoints().map((entryPoint) => [entryPoint, singleton])),
      },
      dts: false,
      // One federation runtime per page: remotes built with `externalRuntime` use this one.
      experiments: { provideExternalRuntime: true },
    }),
  ],
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  preview: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  build: {
    target: "es2022",
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // What many Cloudscape components share (its base component, hooks, styles runtime, toolkit) in one
              // chunk that compresses as a whole, not in dozens of tiny chunks each compressed and requested alone.
              // Only modules at least this many chunks import, so a component no page has used yet adds nothing to
              // it. 12 measured best in the first-view bench (4 pulled unused code forward: +29 KB; 8, 10, 16 saved less).
              name: "cloudscape-common",
              test: /[\\/]node_modules[\\/]@cloudscape-design[\\/]/,
              minShareCount: 12,
            },
          ],
        },
      },
    },
  },
}));
