import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  test: {
    environment: "jsdom",
    setupFiles: ["./test/setup.ts"],
    css: false,
    testTimeout: 60000,
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
  },
});
