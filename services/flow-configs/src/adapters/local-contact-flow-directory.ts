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

export interface LocalDirectoryOptions {
  /** `{{NAME}}` placeholders to fill, as synth fills the repo's sample flows (their getConfig ARN). */
  placeholders?: Record<string, string>;
  now?: () => Date;
}

/**
 * The local stack's flows: every `*.json` in the given folders (the repo's `infra/contact-flows/` and
 * `$DATA_DIR/contact-flows/`), read on each request so a dropped file counts at once.
 */
export class LocalContactFlowDirectory implements ContactFlowDirectory {
  private readonly placeholders: [string, string][];
  private readonly now: () => Date;

  constructor(
    private readonly dirs: readonly string[],
    options: LocalDirectoryOptions = {},
  ) {
    this.placeholders = Object.entries(options.placeholders ?? {}).map(([name, value]) => [`{{${name}}}`, value]);
    this.now = options.now ?? (() => new Date());
  }

  private async read(path: string): Promise<string> {
    let text = await readFile(path, "utf8");
    for (const [placeholder, value] of this.placeholders) text = text.replaceAll(placeholder, value);
    return text;
  }

  async list(): Promise<ContactFlowListing> {
    const flows: FlowSource[] = [];
    const errors: FlowReadError[] = [];
    for (const dir of this.dirs) {
      for (const file of await jsonFiles(dir)) {
        const source = flowFileSource(file, await this.read(join(dir, file)));
        if ("message" in source) errors.push(source);
        else flows.push(source);
      }
    }
    return { flows, errors, scannedAt: this.now().toISOString() };
  }
}
