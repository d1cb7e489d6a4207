import { federation } from "@module-federation/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { standaloneHtml } from "./standalone-html.js";

// Plain JavaScript: Vite loads a config's workspace imports with Node, which does not run TypeScript.

/**
 * The Vite config of an admin module's remote (Module Federation), the same for every module:
 * `remoteEntry.js` at an absolute base (the shell loads it from another origin), the shell's origin
 * allowed to fetch our chunks, and React, React Router and Cloudscape as shared singletons that a
 * production build consumes from the shell only (Cloudscape's contexts must be one instance).
 *
 * @param {import("./remote-vite-config").RemoteViteOptions} options
 */
export function remoteViteConfig({ name, exposes, defaultPort }) {
  const port = Number(process.env.PORT ?? defaultPort);
  const base = process.env.REMOTE_BASE_URL ?? `http://localhost:${port}/`;
  const shellPort = process.env.SHELL_PORT ?? "5173";
  const allowedOrigins = (process.env.SHELL_ORIGINS ?? `http://localhost:${shellPort},http://127.0.0.1:${shellPort}`).split(",");

  return defineConfig(({ command }) => {
    // The dev server keeps local copies so the module still runs on its own (`npm run dev`).
    const shared = { singleton: true, ...(command === "build" ? { import: false } : {}) };
    return {
      base,
      plugins: [
        react(),
        standaloneHtml(),
        federation({
          name,
          filename: "remoteEntry.js",
          manifest: true,
          exposes,
          shared: {
            react: shared,
            "react-dom": shared,
            // The shell shares a tree-shaken React Router; asking for the same subset keeps one copy.
            "react-router": { ...shared, treeShaking: { mode: "runtime-infer" } },
            "@cloudscape-design/components/": shared,
          },
          dts: false,
          // The shell provides the federation runtime (`provideExternalRuntime`): no second copy on the page.
          experiments: { externalRuntime: command === "build" },
        }),
      ],
      server: { port, strictPort: true, cors: { origin: allowedOrigins } },
      preview: { port, strictPort: true, cors: { origin: allowedOrigins }, headers: { "Cache-Control": "no-cache" } },
      build: { target: "es2022" },
    };
  });
}
