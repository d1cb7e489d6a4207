import { gzipSync } from "node:zlib";
import { build, type Plugin, type Rolldown } from "vite";

/**
 * The baseline the first view is compared against in the same run: the Cloudscape components it loaded and
 * React, in one plain production bundle — no federation, no router, no app code, nothing split. What the
 * first view transfers beyond this is the cost of the shell/module split and of the app itself.
 */
export async function singleBundleBaseline(components: readonly string[]): Promise<{ gzipBytes: number; rawBytes: number }> {
  const entryId = "\0single-bundle-baseline";
  const entry = [
    `import { createElement } from "react";`,
    `import { createRoot } from "react-dom/client";`,
    ...components.map((component, index) => `import C${index} from "@cloudscape-design/components/${component}";`),
    // Each component is rendered, so none can be dropped as unused
    `const all = [${components.map((_, index) => `C${index}`).join(", ")}];`,
    `createRoot(document.body).render(createElement("div", null, all.map((C, key) => createElement(C, { key }))));`,
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
  // The entry and what it imports statically: a chunk split off for a dynamic import is not loaded up front
  const byName = new Map(output.output.filter((file): file is Rolldown.OutputChunk => file.type === "chunk").map((chunk) => [chunk.fileName, chunk]));
  const chunks: Rolldown.OutputChunk[] = [];
  const visit = (chunk: Rolldown.OutputChunk | undefined) => {
    if (!chunk || chunks.includes(chunk)) return;
    chunks.push(chunk);
    chunk.imports.forEach((name) => visit(byName.get(name)));
  };
  [...byName.values()].filter((chunk) => chunk.isEntry).forEach(visit);
  return {
    rawBytes: chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk.code), 0),
    gzipBytes: chunks.reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0),
  };
}

/** The Cloudscape components among the first view's files (`…loadShare__cloudscape/<name>__…`, `…prebuild__…`). */
export function cloudscapeComponentsIn(labels: readonly string[]): string[] {
  const names = labels.flatMap((label) => [...label.matchAll(/cloudscape\/([a-z-]+)__(?:loadShare|prebuild)__/g)].map((match) => match[1] ?? ""));
  return [...new Set(names.filter((name) => name !== ""))].sort();
}
