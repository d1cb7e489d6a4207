import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** A test helper that builds a data router (~19 KB gzip): a module's tests import it, never its pages. */
const TEST_ONLY = new Set(["createRoutesStub"]);

/** Each declared API's JSDoc, by name: whether it is documented (`@category`) and the `@mode`s it names. */
function documentedApis(typesDir: string): Map<string, { modes: string[] }> {
  const apis = new Map<string, { modes: string[] }>();
  for (const file of readdirSync(typesDir).filter((name) => name.endsWith(".d.mts"))) {
    const text = readFileSync(join(typesDir, file), "utf8");
    for (const [, doc = "", name = ""] of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*declare (?:function|const|class) (\w+)/g)) {
      if (!doc.includes("@category")) continue;
      apis.set(name, { modes: [...doc.matchAll(/@mode (\w+)/g)].map((match) => match[1] ?? "") });
    }
  }
  return apis;
}

/**
 * The React Router exports the shell shares: every API the installed package documents for declarative mode
 * (`@mode declarative`, or documented with no `@mode` restriction), read from its type declarations. That is
 * all a module can use inside the shell's `<BrowserRouter>` (data-router APIs throw there), and a tree-shaken
 * build of it is ~17 KB gzip where the whole package (data routers, server rendering, RSC) is ~65 KB.
 */
export async function reactRouterDeclarativeExports(resolveFrom: string = import.meta.url): Promise<string[]> {
  const require = createRequire(resolveFrom);
  const packageDir = dirname(require.resolve("react-router/package.json"));
  const apis = documentedApis(join(packageDir, "dist", "production"));
  const runtimeExports = Object.keys((await import(require.resolve("react-router"))) as Record<string, unknown>);
  return runtimeExports
    .filter((name) => {
      const api = apis.get(name);
      return api !== undefined && !TEST_ONLY.has(name) && (api.modes.length === 0 || api.modes.includes("declarative"));
    })
    .sort();
}
