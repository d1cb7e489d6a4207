import { federation } from "@module-federation/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const port = Number(process.env.PORT ?? 5174);
// Absolute: the shell loads remoteEntry.js from another origin and its chunks must resolve to ours.
const base = process.env.REMOTE_BASE_URL ?? `http://localhost:${port}/`;
// The shell's origin(s) may fetch our JS and CSS cross-origin; by default the shell `npm start` runs beside us.
const shellPort = process.env.SHELL_PORT ?? "5173";
const allowedOrigins = (process.env.SHELL_ORIGINS ?? `http://localhost:${shellPort},http://127.0.0.1:${shellPort}`).split(",");

const singleton = { singleton: true };

export default defineConfig({
  base,
  plugins: [
    react(),
    federation({
      name: "flowConfigs",
      filename: "remoteEntry.js",
      manifest: true,
      exposes: { "./App": "./src/expose/App.tsx" },
      shared: {
        react: singleton,
        "react-dom": singleton,
        "react-router": singleton,
        "@cloudscape-design/components/": singleton,
      },
      dts: false,
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
});
