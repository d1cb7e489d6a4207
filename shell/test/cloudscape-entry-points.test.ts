import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cloudscapeEntryPoints } from "../scripts/cloudscape-entry-points";
import { remoteSourceDirs, sourceFiles } from "./support/source-files";

function cloudscapeImports(files: string[]): Set<string> {
  const found = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, "utf8").matchAll(/["'](@cloudscape-design\/components\/[a-z0-9/-]+)["']/g)) {
      if (match[1]) found.add(match[1]);
    }
  }
  return found;
}

describe("the Cloudscape entry points the shell provides to modules", () => {
  const provided = cloudscapeEntryPoints();

  it("are every public entry point of the installed package", () => {
    expect(provided).toEqual(expect.arrayContaining(["table", "app-layout", "date-range-picker", "wizard", "i18n"].map((name) => `@cloudscape-design/components/${name}`)));
    expect(provided.filter((entryPoint) => /\/(test-utils|internal)\b|\.json$/.test(entryPoint))).toEqual([]);
  });

  it("include every component a remote module imports", () => {
    const used = cloudscapeImports(remoteSourceDirs().flatMap(sourceFiles));
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((entryPoint) => !provided.includes(entryPoint))).toEqual([]);
  });
});
