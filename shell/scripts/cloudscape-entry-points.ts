import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** Entry points that are not for a page: test helpers, Cloudscape's internals, translation files. */
const NOT_FOR_PAGES = /^\.\/(?:package\.json$|test-utils\/|internal\/|i18n\/messages\/)/;

/**
 * Every public entry point of the installed `@cloudscape-design/components` (`/table`, `/app-layout`,
 * `/theming`, `/i18n`, …), read from its package.json `exports`. The shell provides each one to the modules,
 * so a module may use any component without a shell change.
 */
export function cloudscapeEntryPoints(resolveFrom: string = import.meta.url): string[] {
  const manifest = createRequire(resolveFrom).resolve("@cloudscape-design/components/package.json");
  const { name, exports } = JSON.parse(readFileSync(manifest, "utf8")) as { name: string; exports: Record<string, unknown> };
  return Object.keys(exports)
    .filter((subpath) => subpath !== "." && !NOT_FOR_PAGES.test(subpath))
    .map((subpath) => `${name}/${subpath.slice(2)}`)
    .sort();
}
