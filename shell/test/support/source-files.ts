import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const shellDir = join(import.meta.dirname, "..", "..");
const appsDir = join(shellDir, "..", "apps");

/** Each remote module's `src` folder (apps/*). */
export const remoteSourceDirs = (): string[] => readdirSync(appsDir).map((app) => join(appsDir, app, "src"));

/**
 * The TypeScript files below a folder that run in the shell. A remote's own development page (`standalone/`)
 * runs on its dev server with its own unshared copies, so it is left out.
 */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "standalone" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
