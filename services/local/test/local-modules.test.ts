import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCAL_MODULES, presentModules } from "../src/local-modules";
import { REPO_ROOT } from "../src/stack";

const addresses = { remoteUrl: "http://localhost:5174", apiUrl: "http://localhost:3000" };

function filesBelow(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name !== "node_modules" && name !== "dist" && name !== "reports")
    .flatMap((name) => filesBelow(join(path, name)));
}

describe("the modules the local stack registers", () => {
  it("registers only the modules whose app is in the checkout", () => {
    const checkout = mkdtempSync(join(tmpdir(), "local-modules-"));
    const [first, second] = LOCAL_MODULES;
    if (!first || !second) throw new Error("expected two local modules");
    mkdirSync(join(checkout, first.folder), { recursive: true });
    writeFileSync(join(checkout, first.folder, "package.json"), "{}");
    expect(presentModules(checkout)).toEqual([first]);
  });

  it("are not known to the shell or the session package: no id, title, route or group of theirs appears there", () => {
    const names = LOCAL_MODULES.flatMap((module) => {
      const entry = module.entry(addresses);
      return [entry.id, entry.title, entry.route, ...entry.requiredGroups];
    });
    const files = ["shell", "shared/auth"].flatMap((folder) => filesBelow(join(REPO_ROOT, folder)));
    expect(files.length).toBeGreaterThan(10);
    const leaks = files.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return names.filter((name) => text.includes(name)).map((name) => `${file.slice(REPO_ROOT.length)}: ${name}`);
    });
    expect(leaks).toEqual([]);
  });
});
