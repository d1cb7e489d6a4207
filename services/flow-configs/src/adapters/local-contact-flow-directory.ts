import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { flowFileSource, type FlowReadError, type FlowSource } from "@flow-configs/model";
import type { ContactFlowDirectory, ContactFlowListing } from "#ports/contact-flow-directory";

async function jsonFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((file) => file.toLowerCase().endsWith(".json")).sort();
  } catch (error) {
    // A folder nobody created yet (`.data/contact-flows/` before the first flow is dropped) holds no flows.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/**
 * The local stack's flows: every `*.json` in the given folders (the repo's `infra/contact-flows/` and
 * `$DATA_DIR/contact-flows/`), read on each request so a dropped file counts at once.
 */
export class LocalContactFlowDirectory implements ContactFlowDirectory {
  constructor(
    private readonly dirs: readonly string[],
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(): Promise<ContactFlowListing> {
    const flows: FlowSource[] = [];
    const errors: FlowReadError[] = [];
    for (const dir of this.dirs) {
      for (const file of await jsonFiles(dir)) {
        const source = flowFileSource(file, await readFile(join(dir, file), "utf8"));
        if ("message" in source) errors.push(source);
        else flows.push(source);
      }
    }
    return { flows, errors, scannedAt: this.now().toISOString() };
  }
}
