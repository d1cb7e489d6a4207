import { federation } from "@module-federation/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const port = Number(process.env.PORT ?? 5174);
// Absolute: the shell loads remoteEntry.js from another origin and its chunks must resolve to ours.
const base = process.env.REMOTE_BASE_URL ?? `http://localhost:${port}/`;
// The shell's origin(s) may fetch our JS and CSS cross-origin; by default the shell `npm start` runs beside us.
const shellPort = process.env.SHELL_PORT ?? "5173";
const allowedOrigins = (process.env.SHELL_ORIGINS ?? `http://localhost:${shellPort},http://127.0.0.1:${shellPort}`).split(",");

export default defineConfig(({ command }) => {
  // Built for the shell, the module consumes the shell's copies only (Cloudscape's contexts must be one
  // instance: shell/src/remotes/provided-cloudscape.ts) and ships none of its own; a share that only a lazily
  // loaded page uses is fetched when that page opens. The dev server keeps local copies so the module still
  // runs on its own (`npm run dev`).
  const shared = { singleton: true, ...(command === "build" ? { import: false as const } : {}) };
  return {
    base,
    plugins: [
      react(),
      federation({
        name: "flowConfigs",
        filename: "remoteEntry.js",
        manifest: true,
        exposes: { "./App": "./src/expose/App.tsx" },
        shared: {
          react: shared,
          "react-dom": shared,
          // The shell shares a tree-shaken React Router; asking for the same subset keeps one copy.
          "react-router": { ...shared, treeShaking: { mode: "runtime-infer" as const } },
          "@cloudscape-design/components/": shared,
        },
        dts: false,
        // The shell provides the federation runtime (`provideExternalRuntime`): no second copy on the page.
        experiments: { externalRuntime: command === "build" },
      }),
    ],
    server: { port, strictPort: true, cors: { origin: allowedOrigins } },
    preview: {
      port,
      strictPort: true,
      cors: { origin: allowedOrigins },
      headers: { "Cache-Control": "no-cache" },
    },
    build: { target: "es2022" },
  };
});
