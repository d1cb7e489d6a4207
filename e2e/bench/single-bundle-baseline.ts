import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin, type Rolldown } from "vite";

/** Rows the baseline page's table shows, as many as the list's first page on a desk. */
export const BASELINE_ROWS = 20;

export interface SingleBundleBaseline {
  gzipBytes: number;
  rawBytes: number;
  /** A folder with `index.html` and the bundle: the baseline page, served to time it like the real one. */
  pageDir: string;
}

/**
 * The baseline the first view is compared against in the same run: the Cloudscape components it loaded and
 * React, in one plain production bundle — no federation, no router or app code, nothing split. Its page
 * renders a table of rows at once (no data to fetch). What the first view costs beyond this is the cost of
 * the shell/module split and of the app itself.
 */
export async function singleBundleBaseline(components: readonly string[]): Promise<SingleBundleBaseline> {
  const entryId = "\0single-bundle-baseline";
  const entry = [
    `import { createElement } from "react";`,
    `import { createRoot } from "react-dom/client";`,
    `import Table from "@cloudscape-design/components/table";`,
    ...components.map((component, index) => `import C${index} from "@cloudscape-design/components/${component}";`),
    // Every component is kept (not tree-shaken away) though only the table renders: the same code to load and run
    `window.baselineComponents = [${components.map((_, index) => `C${index}`).join(", ")}];`,
    `const items = Array.from({ length: ${BASELINE_ROWS} }, (_, i) => ({ id: "Config-" + i, description: "Row " + i }));`,
    `const columnDefinitions = [{ id: "id", header: "Id", cell: (item) => item.id }, { id: "description", header: "Description", cell: (item) => item.description }];`,
    `createRoot(document.getElementById("root")).render(createElement(Table, { items, columnDefinitions, header: "Configs" }));`,
  ].join("\n");
  const virtualEntry: Plugin = {
    name: "single-bundle-baseline",
    resolveId: (source) => (source === entryId ? entryId : undefined),
    load: (id) => (id === entryId ? entry : undefined),
  };
  const output = (await build({
    configFile: false,
    root: import.meta.dirname,
    mode: "production",
    logLevel: "silent",
    plugins: [virtualEntry],
    build: {
      write: false,
      target: "es2022",
      modulePreload: false,
      rollupOptions: { input: entryId },
    },
  })) as Rolldown.RolldownOutput;
  const chunkFiles = output.output.filter((file): file is Rolldown.OutputChunk => file.type === "chunk");
  // The entry and what it imports statically: a chunk split off for a dynamic import is not loaded up front
  const byName = new Map(chunkFiles.map((chunk) => [chunk.fileName, chunk]));
  const chunks: Rolldown.OutputChunk[] = [];
  const visit = (chunk: Rolldown.OutputChunk | undefined) => {
    if (!chunk || chunks.includes(chunk)) return;
    chunks.push(chunk);
    chunk.imports.forEach((name) => visit(byName.get(name)));
  };
  [...byName.values()].filter((chunk) => chunk.isEntry).forEach(visit);

  const pageDir = mkdtempSync(join(tmpdir(), "single-bundle-baseline-"));
  for (const file of output.output) {
    const path = join(pageDir, file.fileName);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.type === "chunk" ? file.code : file.source);
  }
  const entryFile = chunks.find((chunk) => chunk.isEntry)?.fileName ?? "";
  const styles = output.output.filter((file) => file.fileName.endsWith(".css")).map((file) => `<link rel="stylesheet" href="/${file.fileName}">`);
  writeFileSync(
    join(pageDir, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8">${styles.join("")}</head><body><div id="root"></div><script type="module" src="/${entryFile}"></script></body></html>`,
  );
  return {
    rawBytes: chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk.code), 0),
    gzipBytes: chunks.reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0),
    pageDir,
  };
}

/** The Cloudscape components among the first view's files (`…loadShare__cloudscape/<name>__…`, `…prebuild__…`). */
export function cloudscapeComponentsIn(labels: readonly string[]): string[] {
  const names = labels.flatMap((label) => [...label.matchAll(/cloudscape\/([a-z-]+)__(?:loadShare|prebuild)__/g)].map((match) => match[1] ?? ""));
  return [...new Set(names.filter((name) => name !== ""))].sort();
}
