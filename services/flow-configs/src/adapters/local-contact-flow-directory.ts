import { readdir, readFile, stat } from "node:fs/promises";
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

interface ReadFile {
  stamp: string;
  source: FlowSource | FlowReadError;
}

/**
 * The local stack's flows: every `*.json` in the given folders (the repo's `infra/contact-flows/` and
 * `$DATA_DIR/contact-flows/`), looked at on each request so a dropped or edited file counts at once. A
 * file whose size and times did not change is not read again: its source is the same object as before.
 */
export class LocalContactFlowDirectory implements ContactFlowDirectory {
  private readonly placeholders: [string, string][];
  private readonly now: () => Date;
  private readonly files = new Map<string, ReadFile>();

  constructor(
    private readonly dirs: readonly string[],
    options: LocalDirectoryOptions = {},
  ) {
    this.placeholders = Object.entries(options.placeholders ?? {}).map(([name, value]) => [`{{${name}}}`, value]);
    this.now = options.now ?? (() => new Date());
  }

  private async read(file: string, path: string): Promise<FlowSource | FlowReadError> {
    const info = await stat(path);
    const stamp = `${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
    const known = this.files.get(path);
    if (known?.stamp === stamp) return known.source;
    let text = await readFile(path, "utf8");
    for (const [placeholder, value] of this.placeholders) text = text.replaceAll(placeholder, value);
    const source = flowFileSource(file, text);
    this.files.set(path, { stamp, source });
    return source;
  }

  async list(): Promise<ContactFlowListing> {
    const flows: FlowSource[] = [];
    const errors: FlowReadError[] = [];
    const seen = new Set<string>();
    for (const dir of this.dirs) {
      for (const file of await jsonFiles(dir)) {
        const path = join(dir, file);
        seen.add(path);
        const source = await this.read(file, path);
        if ("message" in source) errors.push(source);
        else flows.push(source);
      }
    }
    for (const path of this.files.keys()) if (!seen.has(path)) this.files.delete(path);
    return { flows, errors, scannedAt: this.now().toISOString() };
  }
}
