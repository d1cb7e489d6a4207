import { z } from "zod";
import {
  AddListEntriesSchema,
  CHANNELS,
  CloneRequestSchema,
  CONFIG_ID_PATTERN,
  ExportDocumentSchema,
  FlowConfigBodySchema,
  InstanceBodySchema,
  LANGUAGE_PATTERN,
  parseDateTime,
  RemoveListEntriesSchema,
  RejectChangeRequestSchema,
  RestoreRequestSchema,
  ScheduledChangeInputSchema,
  ValuePatchSchema,
  type Channel,
} from "@flow-configs/model";

/**
 * What requests may carry, built from the model's schemas. Bodies are strict: a misspelt `variabels` is a
 * 400 naming it, never dropped silently (a PUT would otherwise wipe the variables it meant to send).
 */

export const ConfigIdParam = z
  .string()
  .regex(CONFIG_ID_PATTERN)
  .meta({ description: "A config id: 1–64 characters of A–Z a–z 0–9 _ -", example: "BasicQueue" });

export const ConfigParams = z.object({ id: ConfigIdParam });

export const VersionParams = z.object({
  id: ConfigIdParam,
  version: z.string().regex(/^[1-9]\d{0,14}$/).meta({ description: "A version number, from 1", example: "3" }),
});

export const IfMatchHeaders = z.object({
  "if-match": z
    .string()
    .optional()
    .meta({ description: 'The ETag of the version being changed, e.g. "3". A write without it is a 428' }),
});

/** The read-only metadata a GET returns: accepted back on a write, and ignored. */
const readOnlyMetadata = {
  version: z.number().int().positive().optional(),
  updatedAt: z.string().optional(),
  updatedBy: z.string().optional(),
  templateScheduledChanges: z.array(z.unknown()).optional(),
  scheduleMisfits: z.array(z.unknown()).optional(),
};

export const StandaloneConfigBody = z.strictObject({ ...FlowConfigBodySchema.shape, ...readOnlyMetadata }).meta({ id: "StandaloneConfigInput" });
export const InstanceConfigBody = z.strictObject({ ...InstanceBodySchema.shape, ...readOnlyMetadata }).meta({ id: "InstanceConfigInput" });
export const ConfigInputBody = z.union([StandaloneConfigBody, InstanceConfigBody]).meta({ id: "ConfigInput" });
export type ConfigInputBody = z.infer<typeof ConfigInputBody>;

/** zod's union cannot say which branch a refused body meant to be; an instance names its template, so `templateId` does. */
export function configInputBranch(json: unknown): z.ZodType {
  const templateId = typeof json === "object" && json !== null ? (json as { templateId?: unknown }).templateId : undefined;
  return typeof templateId === "string" ? InstanceConfigBody : StandaloneConfigBody;
}

export const ValuePatchBody = z.strictObject(ValuePatchSchema.shape).meta({ id: "ValuePatch" });
export const CloneBody = z.strictObject(CloneRequestSchema.shape).meta({ id: "CloneRequest" });
/** PUT /flow-configs/{id}/lookup-keys: the whole new list (the same rule as a config's own `lookupKeys`, but required). */
export const LookupKeysBody = z.strictObject({ lookupKeys: InstanceBodySchema.shape.lookupKeys.unwrap() }).meta({ id: "LookupKeys" });
export const RestoreBody = z.strictObject(RestoreRequestSchema.shape).meta({ id: "RestoreRequest" });
export const AddListEntriesBody = z.strictObject(AddListEntriesSchema.shape).meta({ id: "AddListEntries" });
export const RemoveListEntriesBody = z.strictObject(RemoveListEntriesSchema.shape).meta({ id: "RemoveListEntries" });

/** An import takes an export document; each of its configs is checked on its own row, so one bad config fails only its row. */
export const ImportBody = ExportDocumentSchema.extend({
  configs: z.array(z.unknown()).meta({ description: "Configs as ConfigInput; each is checked and reported on its own row" }),
}).meta({ id: "ImportDocument" });

const optionalText = (description: string) => z.string().optional().meta({ description });

/** A query value's one check: a single issue at its name (zod adds the path), with the API's wording. */
const invalid = (ctx: z.RefinementCtx, message: string): never => {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
};

/** `?limit=`: a whole number from 1 to `max`, `fallback` when absent. */
const pageLimit = ({ fallback, max }: { fallback: number; max: number }) =>
  optionalText(`Page size, 1–${max} (default ${fallback})`).transform((limit, ctx) => {
    if (limit === undefined) return fallback;
    const value = Number(limit);
    return /^\d+$/.test(limit) && value >= 1 && value <= max ? value : invalid(ctx, `must be a whole number from 1 to ${max}`);
  });

/** Text with its surrounding blanks dropped; blank is absent. */
const trimmedText = (description: string) =>
  optionalText(description).transform((text) => text?.trim() || undefined);

/** Comma-separated config ids, blanks and repeats dropped; each must be a config id. */
const configIdList = (text: string | undefined): { ids: string[]; malformed: string[] } => {
  const ids = [...new Set((text ?? "").split(",").map((id) => id.trim()).filter(Boolean))];
  return { ids, malformed: ids.filter((id) => !CONFIG_ID_PATTERN.test(id)) };
};

export const ListQuery = z.object({
  limit: pageLimit({ fallback: 50, max: 100 }),
  cursor: optionalText("The previous page's nextCursor"),
  q: trimmedText("Filter by id, description or lookup key"),
  templateId: trimmedText("Only the instances of this template (read from the template index)").refine(
    (templateId) => templateId === undefined || CONFIG_ID_PATTERN.test(templateId),
    "must be a config id (1–64 characters of A–Z a–z 0–9 _ -)",
  ),
});

export const HistoryQuery = z.object({
  limit: pageLimit({ fallback: 20, max: 100 }),
  cursor: optionalText("The previous page's nextCursor: the page of older versions"),
});

export const ExportQuery = z.object({
  ids: optionalText("Comma-separated config ids (default: every config)").transform((text, ctx) => {
    const { ids, malformed } = configIdList(text);
    for (const id of malformed) ctx.addIssue({ code: "custom", message: `"${id}" is not a config id` });
    return ids;
  }),
});

/** `?mode=dry-run` (the default: nothing is written) or `?mode=apply`. */
const importMode = optionalText("dry-run (default: nothing is written) or apply").transform((mode, ctx) =>
  mode === undefined || mode === "" || mode === "dry-run" ? ("dry-run" as const) : mode === "apply" ? ("apply" as const) : invalid(ctx, "must be dry-run or apply"),
);
export const ImportQuery = z.object({ mode: importMode });
export const OfficesImportQuery = z.object({
  mode: importMode,
  format: optionalText("csv: the report as CSV (line,id,result,reasons) instead of JSON"),
  confirmStale: optionalText(
    "Comma-separated office ids the dry run flagged stale (changed since the export) that apply may overwrite; other stale rows are refused",
  ),
});

export const PreviewQuery = z.object({
  lang: optionalText("A locale such as es-MX (default: the config's default language)").transform((lang, ctx) =>
    !lang ? undefined : LANGUAGE_PATTERN.test(lang) ? lang : invalid(ctx, "must be a locale code such as en-US"),
  ),
  channel: optionalText("VOICE (default), CHAT, TASK or EMAIL").transform((channel, ctx): Channel | undefined => {
    if (!channel) return undefined;
    return CHANNELS.find((known) => known === channel.toUpperCase()) ?? invalid(ctx, `must be one of ${CHANNELS.join(", ")}`);
  }),
  at: optionalText("An ISO-8601 instant (Z or an offset) to resolve at, scheduled changes included (default: now)").transform((at, ctx) => {
    if (!at) return undefined;
    const parsed = parseDateTime(at);
    return parsed?.kind === "instant"
      ? parsed.ms
      : invalid(ctx, `must be an ISO-8601 instant with Z or an offset, such as 2026-12-25T06:00:00Z, not "${at}"`);
  }),
});

export const ScheduledChangeBody = ScheduledChangeInputSchema.meta({ id: "ScheduledChangeInput" });
export const RejectBody = RejectChangeRequestSchema.meta({ id: "RejectChangeRequest" });

const childId = (description: string) => z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).meta({ description });
export const ScheduledChangeParams = z.object({ id: ConfigIdParam, changeId: childId("The scheduled change's id") });
export const ChangeRequestParams = z.object({ id: ConfigIdParam, requestId: childId("The change request's id") });
export const QuickActionParams = z.object({
  id: ConfigIdParam,
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$/).meta({ description: "The quick action's name, URL-encoded", example: "Fire closure" }),
});

/** `?force=true`: write although contact flows use what the write removes. */
export const ForceQuery = z.object({ force: optionalText("true: go ahead although contact flows read what this removes (else 409 InUse naming them)") });
export const isForced = (query: { force?: string | undefined }): boolean => query.force === "true";

export const UsageQuery = z.object({ refresh: optionalText("true: read the contact flows again instead of the few-minute cache") });
/** The most configs one usage summary covers: a table page of the list. */
const MAX_SUMMARY_IDS = 100;

export const UsageSummaryQuery = z.object({
  ids: optionalText(`Comma-separated config ids (up to ${MAX_SUMMARY_IDS})`).transform((text, ctx) => {
    const { ids, malformed } = configIdList(text);
    if (ids.length === 0) return invalid(ctx, "is required: the comma-separated ids of the configs shown");
    if (ids.length > MAX_SUMMARY_IDS) return invalid(ctx, `names ${ids.length} configs; at most ${MAX_SUMMARY_IDS} at a time`);
    return malformed[0] === undefined ? ids : invalid(ctx, `${malformed[0]} is not a config id`);
  }),
});
