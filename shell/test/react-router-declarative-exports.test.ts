import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { reactRouterDeclarativeExports } from "../scripts/react-router-declarative-exports";
import { remoteSourceDirs, shellDir, sourceFiles } from "./support/source-files";

/** The value names (not types) a file imports from "react-router". */
function importedNames(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/import\s+(?!type\s)\{([^}]*)\}\s*from\s*["']react-router["']/g)].flatMap((match) =>
    (match[1] ?? "")
      .split(",")
      .map((name) => name.trim().split(/\s+as\s+/)[0] ?? "")
      .filter((name) => name !== "" && !name.startsWith("type ")),
  );
}

const files = () => [join(shellDir, "src"), ...remoteSourceDirs()].flatMap(sourceFiles);

describe("the React Router exports the shell shares", () => {
  let shared: string[] = [];
  beforeAll(async () => {
    shared = await reactRouterDeclarativeExports();
  });

  it("are the declarative-mode API of the installed package, without data routers or server rendering", () => {
    expect(shared).toEqual(expect.arrayContaining(["BrowserRouter", "Routes", "Route", "Link", "NavLink", "useNavigate", "useParams", "useSearchParams", "generatePath"]));
    for (const dataOrServer of ["createBrowserRouter", "RouterProvider", "useLoaderData", "Scripts", "createCookie", "createRoutesStub"]) {
      expect(shared).not.toContain(dataOrServer);
    }
  });

  it("cover every name the shell and the remotes import", () => {
    const used = new Set(files().flatMap(importedNames));
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((name) => !shared.includes(name))).toEqual([]);
  });

  it("are imported nowhere as a whole namespace, which would need the full package", () => {
    const namespaceImports = files().filter((file) =>
      /import\s+\*\s+as\s+\w+\s+from\s*["']react-router["']/.test(readFileSync(file, "utf8")),
    );
    expect(namespaceImports).toEqual([]);
  });
});
