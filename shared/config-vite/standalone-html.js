import { join } from "node:path";

// One line: the page only loads the module's standalone entry, which renders and titles it (`mountStandalone`).
const PAGE = '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>Standalone</title></head><body><div id="root"></div><script type="module" src="/src/standalone/main.tsx"></script></body></html>\n';

/**
 * The remote's `index.html`, served by `vite` and built by `vite build` without a file in the module: the
 * module on its own (`src/standalone/main.tsx`), for development. The shell never loads it.
 *
 * @returns {import("vite").Plugin}
 */
export function standaloneHtml() {
  let indexPath = "";
  return {
    name: "flow-configs:standalone-html",
    enforce: "pre",
    configResolved(config) {
      indexPath = join(config.root, "index.html");
    },
    resolveId(id) {
      return id === indexPath ? indexPath : null;
    },
    load(id) {
      return id === indexPath ? PAGE : null;
    },
    configureServer(server) {
      // Client-side routes (no file extension) of the dev server get the page, as an SPA fallback would.
      server.middlewares.use(async (request, response, next) => {
        const path = (request.url ?? "/").split("?")[0] ?? "/";
        if (request.method !== "GET" || path.startsWith("/@") || /\.[a-z0-9]+$/i.test(path)) return next();
        response.setHeader("Content-Type", "text/html");
        response.end(await server.transformIndexHtml(request.url ?? "/", PAGE));
      });
    },
  };
}
