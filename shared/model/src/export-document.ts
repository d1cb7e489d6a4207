import { z } from "zod";
import { deepEqual } from "./deep-equal";
import { DomainError, fail, ok, type Issue, type Result } from "./errors";
import { isInstance } from "./effective-config";
import { formatPath } from "./issue-path";
import type { ConfigInput, StoredConfig } from "./schemas";
import { parseConfigInput, validateAgainstTemplate } from "./validate";
import { bodyOf } from "./value-patch";

export const EXPORT_FORMAT = "flow-configs";
export const EXPORT_FORMAT_VERSION = 1;

/** The JSON document that moves configs between environments (documented in the README). */
export const ExportDocumentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: z.iso.datetime(),
  configs: z.array(z.unknown()),
});

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
  configs: ConfigInput[];
}

/** Configs as an export document: bodies only (no versions), templates before their instances. */
export function exportDocument(configs: readonly StoredConfig[], exportedAt: string): ExportDocument {
  const ordered = [...configs].sort((a, b) => Number(isInstance(a)) - Number(isInstance(b)) || a.id.localeCompare(b.id));
  return { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, exportedAt, configs: ordered.map(bodyOf) };
}

export type ImportAction = "create" | "update" | "unchanged" | "invalid";

export interface ImportRow {
  /** Position in the document's `configs`. */
  index: number;
  id: string;
  action: ImportAction;
  /** Why a row is invalid, each with its JSON path in the document. */
  issues: Issue[];
  /** The body to write, for create and update rows. */
  input?: ConfigInput;
}

/** Reads an export document's envelope; a malformed one is refused whole, each problem with its JSON path. */
export function parseExportDocument(json: unknown): Result<{ configs: unknown[] }> {
  const parsed = ExportDocumentSchema.safeParse(json);
  if (!parsed.success) {
    return fail(DomainError.invalid(parsed.error.issues.map((issue) => ({ path: formatPath(issue.path) || "(document)", message: issue.message }))));
  }
  return ok({ configs: parsed.data.configs });
}

/**
 * The dry run of an import: for every config in the document, whether importing it creates, updates,
 * leaves unchanged or cannot import it (with reasons). Instances are checked against their template —
 * from the document itself when it carries it, else from the store (`current`).
 */
export function planImport(configs: readonly unknown[], current: ReadonlyMap<string, StoredConfig>): ImportRow[] {
  const parsed = configs.map((json, index) => ({ index, json, result: parseConfigInput(json) }));
  const idCount = new Map<string, number>();
  for (const { result } of parsed) if (result.ok) idCount.set(result.value.id, (idCount.get(result.value.id) ?? 0) + 1);
  const incomingTemplates = new Map<string, ConfigInput>();
  for (const { result } of parsed) if (result.ok && result.value.templateId === null) incomingTemplates.set(result.value.id, result.value);

  return parsed.map(({ index, json, result }): ImportRow => {
    const prefix = `configs[${index}]`;
    const rawId = typeof json === "object" && json !== null ? String((json as { id?: unknown }).id ?? "") : "";
    if (!result.ok) {
      return { index, id: rawId, action: "invalid", issues: result.error.issues.map((issue) => ({ ...issue, path: `${prefix}.${issue.path}` })) };
    }
    const input = result.value;
    const issues: Issue[] = [];
    if ((idCount.get(input.id) ?? 0) > 1) issues.push({ path: `${prefix}.id`, message: `"${input.id}" appears more than once in the document` });
    if (input.templateId !== null) {
      const template = incomingTemplates.get(input.templateId) ?? current.get(input.templateId);
      if (!template) {
        issues.push({ path: `${prefix}.templateId`, message: `template "${input.templateId}" is neither in the document nor in this environment` });
      } else {
        issues.push(...validateAgainstTemplate(input, template).map((issue) => ({ ...issue, path: `${prefix}.${issue.path}` })));
      }
    }
    if (issues.length) return { index, id: input.id, action: "invalid", issues };
    const existing = current.get(input.id);
    if (!existing) return { index, id: input.id, action: "create", issues: [], input };
    if (deepEqual(bodyOf(existing), input)) return { index, id: input.id, action: "unchanged", issues: [] };
    return { index, id: input.id, action: "update", issues: [], input };
  });
}
