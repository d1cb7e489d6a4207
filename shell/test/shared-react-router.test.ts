import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedReactRouterExports } from "../src/remotes/shared-react-router";
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

describe("the React Router exports the shell shares", () => {
  it("cover every name the shell and the remotes import", () => {
    const files = [join(shellDir, "src"), ...remoteSourceDirs()].flatMap(
      sourceFiles,
    );
    const used = new Set(files.flatMap(importedNames));
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((name) => !sharedReactRouterExports.includes(name))).toEqual([]);
  });

  it("are imported nowhere as a whole namespace, which would need the full package", () => {
    const files = [join(shellDir, "src"), ...remoteSourceDirs()].flatMap(
      sourceFiles,
    );
    const namespaceImports = files.filter((file) =>
      /import\s+\*\s+as\s+\w+\s+from\s*["']react-router["']/.test(readFileSync(file, "utf8")),
    );
    expect(namespaceImports).toEqual([]);
  });
});
