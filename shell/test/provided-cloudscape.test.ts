import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { remoteSourceDirs, shellDir, sourceFiles } from "./support/source-files";

function cloudscapeComponents(files: string[]): Set<string> {
  const found = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, "utf8").matchAll(/["']@cloudscape-design\/components\/([a-z0-9-]+)["']/g)) {
      if (match[1]) found.add(match[1]);
    }
  }
  return found;
}

describe("the Cloudscape components the shell provides to remotes", () => {
  it("include every component a remote module imports", () => {
    const provided = cloudscapeComponents([join(shellDir, "src", "remotes", "provided-cloudscape.ts")]);
    const remotes = remoteSourceDirs();
    const used = cloudscapeComponents(remotes.flatMap(sourceFiles));
    expect([...used].filter((component) => !provided.has(component))).toEqual([]);
  });
});
