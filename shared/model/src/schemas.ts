import { z } from "zod";
import { isTimeZone, parseDateTime } from "./schedule/time-zone";
import { CONFIG_ID_PATTERN, ENTRY_NAME_PATTERN, LANGUAGE_PATTERN, LOOKUP_KEY_PATTERN, RESERVED_CONFIG_IDS } from "./names";

export const VARIABLE_TYPES = ["string", "boolean", "number", "enum", "list-entry"] as const;
/**
 * What a config is for: `standard` configs are served to contact flows by getConfig; a `list` (such as
 * `bad-actors`) is read by isBadActor, holds only list-entry variables, and its entries are added and removed.
 */
export const CONFIG_KINDS = ["standard", "list"] as const;
export const CHANNELS = ["VOICE", "CHAT", "TASK", "EMAIL"] as const;

export const ConfigIdSchema = z
  .string()
  .regex(CONFIG_ID_PATTERN, "must be 1–64 characters of A–Z a–z 0–9 _ -")
  .refine((id) => !RESERVED_CONFIG_IDS.includes(id), { message: `is reserved: ${RESERVED_CONFIG_IDS.join(", ")} name pages and routes` });
export const EntryNameSchema = z
  .string()
  .regex(ENTRY_NAME_PATTERN, "must be 1–128 characters of A–Z a–z 0–9 _ + . -");
export const LanguageSchema = z
  .string()
  .regex(LANGUAGE_PATTERN, "must be a BCP-47 locale code such as en-US");
export const LookupKeySchema = z
  .string()
  .regex(LOOKUP_KEY_PATTERN, "must be 1–128 characters of A–Z a–z 0–9 _ + . -");
export const VariableTypeSchema = z.enum(VARIABLE_TYPES);
export const ChannelSchema = z.enum(CHANNELS);
export const ConfigKindSchema = z.enum(CONFIG_KINDS);

const DescriptionSchema = z.string().max(1024);

export const VariableSchema = z.object({
  name: EntryNameSchema,
  type: VariableTypeSchema,
  value: z.string(),
  description: DescriptionSchema.optional(),
  /** The allowed values of an `enum` variable. */
  options: z.array(z.string().min(1)).optional(),
  /** A free-text note, used by list configs (why a number is on the bad-actors list). */
  note: z.string().max(1024).optional(),
});

/** One language's texts of a prompt: the voice text (plain or SSML) and an optional chat variant. */
export const PromptTextSchema = z.object({
  voice: z.string().optional(),
  chat: z.string().optional(),
});

export const PromptSchema = z.object({
  name: EntryNameSchema,
  description: DescriptionSchema.optional(),
  values: z.record(LanguageSchema, PromptTextSchema),
});

export const VariableOverrideSchema = z.object({
  name: EntryNameSchema,
  value: z.string(),
  note: z.string().max(1024).optional(),
});

export const PromptOverrideSchema = z.object({
  name: EntryNameSchema,
  values: z.record(LanguageSchema, PromptTextSchema),
});

/** An IANA time zone name the runtime knows (`America/Chicago`); wall-clock times of a schedule are read in it. */
export const TimeZoneSchema = z.string().refine(isTimeZone, { message: "must be an IANA time zone such as America/Chicago or UTC" });

/** `2026-12-25T00:00` (wall clock, in the config's time zone) or `2026-12-25T06:00:00Z` (an instant). */
export const ScheduleDateTimeSchema = z
  .string()
  .refine((text) => parseDateTime(text) !== null, { message: "must be an ISO-8601 date-time such as 2026-12-25T00:00 or 2026-12-25T06:00:00Z" });

/** What a scheduled change, a quick action or a change request sets: values of existing entries, by name (no reset). */
export const EntryValuesPatchSchema = z.strictObject({
  variables: z.array(z.strictObject({ name: EntryNameSchema, value: z.string() })).default([]),
  prompts: z.array(PromptOverrideSchema).default([]),
});

export const MAX_SCHEDULED_CHANGES = 50;

/** POST /flow-configs/{id}/scheduled-changes. */
export const ScheduledChangeInputSchema = z.strictObject({
  from: ScheduleDateTimeSchema,
  to: ScheduleDateTimeSchema.optional(),
  patch: EntryValuesPatchSchema,
  note: z.string().max(1024).optional(),
});

/** A window in which a patch is in effect; nothing is written when it opens or closes. */
export const ScheduledChangeSchema = ScheduledChangeInputSchema.extend({
  id: z.string().min(1).max(64),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
});

export const QuickActionNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$/, "must be 1–64 characters of letters, digits, spaces and _ . - (starting with a letter or digit)");

/** At most 50 windows per config: each call compares them all. */
export const ScheduledChangesSchema = z.array(ScheduledChangeSchema).max(MAX_SCHEDULED_CHANGES, `must have at most ${MAX_SCHEDULED_CHANGES} scheduled changes`);

/** A named value patch an admin pre-approves ("Fire closure"): one tap applies it, even where approval is required. */
export const QuickActionSchema = z.strictObject({
  name: QuickActionNameSchema,
  description: z.string().max(1024).optional(),
  patch: EntryValuesPatchSchema,
});

export const APPROVAL_MODES = ["none", "required"] as const;
export const ApprovalSchema = z.enum(APPROVAL_MODES);

export const CHANGE_REQUEST_STATUSES = ["pending", "approved", "rejected"] as const;

/** A values change waiting for a second person (two-person rule). */
export const ChangeRequestSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(["values", "schedule"]),
  /** A values request may also drop an office's overrides (`reset`), as PATCH …/values does. */
  patch: EntryValuesPatchSchema.extend({ reset: z.array(EntryNameSchema).optional() }),
  from: ScheduleDateTimeSchema.optional(),
  to: ScheduleDateTimeSchema.optional(),
  note: z.string().max(1024).optional(),
  requestedBy: z.string(),
  requestedAt: z.iso.datetime(),
  baseVersion: z.number().int().positive(),
  status: z.enum(CHANGE_REQUEST_STATUSES),
  decidedBy: z.string().optional(),
  decidedAt: z.iso.datetime().optional(),
  reason: z.string().max(1024).optional(),
});

/** Shape fields an admin sets: the zone wall-clock times are read in, the two-person rule, quick actions. */
const SafeChangeShapeFields = {
  timeZone: TimeZoneSchema.optional(),
  approval: ApprovalSchema.optional(),
  quickActions: z
    .array(QuickActionSchema)
    .max(20)
    .refine((actions) => new Set(actions.map((action) => action.name)).size === actions.length, { message: "quick action names must be unique" })
    .optional(),
};

/** Pending requests and the latest decided ones, kept beside the config (the history keeps every decision). */
export const ChangeRequestsSchema = z.array(ChangeRequestSchema).max(100);

/** GET /flow-configs/{id}/change-requests: pending first, then decided, newest first. */
export const ChangeRequestListSchema = z.object({ items: z.array(ChangeRequestSchema) });

/** POST …/change-requests/{requestId}/reject. */
export const RejectChangeRequestSchema = z.strictObject({ reason: z.string().min(1, "must say why").max(1024) });

/** A standalone config or a template: it defines its own shape and values. */
export const FlowConfigBodySchema = z.object({
  id: ConfigIdSchema,
  /** An admin sets it; a template's instances have their template's kind. */
  kind: ConfigKindSchema.default("standard"),
  description: DescriptionSchema.default(""),
  languages: z.array(LanguageSchema).min(1, "must list at least one language"),
  defaultLanguage: LanguageSchema,
  variables: z.array(VariableSchema).default([]),
  prompts: z.array(PromptSchema).default([]),
  lookupKeys: z.array(LookupKeySchema).max(25).default([]),
  templateId: z.null().default(null),
  ...SafeChangeShapeFields,
  scheduledChanges: ScheduledChangesSchema.optional(),
  changeRequests: ChangeRequestsSchema.optional(),
});

/**
 * An instance of a template: it inherits the template's shape (languages, variables, prompts) and values,
 * and keeps only its own overrides.
 */
export const InstanceBodySchema = z.object({
  id: ConfigIdSchema,
  description: DescriptionSchema.default(""),
  templateId: ConfigIdSchema,
  variables: z.array(VariableOverrideSchema).default([]),
  prompts: z.array(PromptOverrideSchema).default([]),
  lookupKeys: z.array(LookupKeySchema).max(25).default([]),
  /** An office's own zone; else its template's. */
  timeZone: TimeZoneSchema.optional(),
  scheduledChanges: ScheduledChangesSchema.optional(),
  changeRequests: ChangeRequestsSchema.optional(),
});

/** What an admin sends to create or replace a config (POST / PUT). */
export const ConfigInputSchema = z.union([FlowConfigBodySchema, InstanceBodySchema]);

export const ConfigMetadataSchema = z.object({
  version: z.number().int().positive(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
});

/** A config as the store keeps it: its body (a template instance keeps overrides only) and metadata. */
export const StoredConfigSchema = z.union([
  FlowConfigBodySchema.extend(ConfigMetadataSchema.shape),
  InstanceBodySchema.extend(ConfigMetadataSchema.shape),
]);

const IssueSchema = z.object({ path: z.string(), message: z.string() });

/** Where an entry of an instance's effective config comes from. */
export const EntrySourceSchema = z.enum(["own", "inherited", "overridden"]);

/**
 * A config as the API sends it and getConfig resolves it: the full shape with effective values.
 * For a template instance, `templateId` is set and every entry says whether it is inherited or overridden.
 */
export const FlowConfigSchema = z.object({
  id: ConfigIdSchema,
  kind: ConfigKindSchema,
  description: DescriptionSchema,
  languages: z.array(LanguageSchema),
  defaultLanguage: LanguageSchema,
  variables: z.array(VariableSchema.extend({ source: EntrySourceSchema.optional() })),
  prompts: z.array(PromptSchema.extend({ source: EntrySourceSchema.optional() })),
  lookupKeys: z.array(LookupKeySchema),
  templateId: ConfigIdSchema.nullable(),
  ...SafeChangeShapeFields,
  /** The config's own windows. */
  scheduledChanges: ScheduledChangesSchema.optional(),
  /** An instance's template's windows: they reach the instance too, read in its time zone. */
  templateScheduledChanges: ScheduledChangesSchema.optional(),
  /** Windows the shape no longer fits (an entry removed or retyped since): never served, until removed. */
  scheduleMisfits: z.array(z.object({ id: z.string(), issues: z.array(IssueSchema) })).optional(),
  ...ConfigMetadataSchema.shape,
  /** An instance's overrides of names its template no longer defines (kept, reported, never served). */
  staleOverrides: z.array(z.string()).optional(),
  /** After a template's shape changed: the instances whose overrides it left stale. */
  staleInstances: z.array(z.object({ id: ConfigIdSchema, names: z.array(z.string()) })).optional(),
});

/** PATCH /flow-configs/{id}/values: only what changes, by name. */
export const ValuePatchSchema = z.object({
  variables: z.array(z.object({ name: EntryNameSchema, value: z.string(), note: z.string().max(1024).optional() })).default([]),
  prompts: z.array(PromptOverrideSchema).default([]),
  /** Names whose override an instance drops: they are inherited from the template again. */
  reset: z.array(EntryNameSchema).optional(),
});

/** POST /flow-configs/{id}/clone. */
export const CloneRequestSchema = z.object({ id: ConfigIdSchema, linkTemplate: z.boolean().default(false) });

/** POST /flow-configs/{id}/restore. */
export const RestoreRequestSchema = z.object({ version: z.number().int().positive() });

/** POST /flow-configs/{id}/entries: numbers to add to a list config (normalised to E.164). */
export const AddListEntriesSchema = z.object({
  entries: z.array(z.object({ name: z.string(), note: z.string().max(1024).optional() })).min(1, "must name at least one entry"),
});

/** DELETE /flow-configs/{id}/entries: list entries to remove, by name. */
export const RemoveListEntriesSchema = z.object({
  names: z.array(z.string()).min(1, "must name at least one entry"),
});


/** A bulk import's report: one row per item of the input, in its order. */
const reportOfRows = <Row extends z.ZodRawShape>(row: Row) => z.object({ rows: z.array(z.object(row)) });

/** POST /flow-configs/import: what importing each config of the document does (dry run) or did (apply). */
export const ImportReportSchema = reportOfRows({
  /** Position in the document's `configs`. */
  index: z.number().int().nonnegative(),
  id: z.string(),
  action: z.enum(["create", "update", "unchanged", "invalid"]),
  issues: z.array(IssueSchema),
});

/** POST /flow-configs/{templateId}/instances.csv: one row per CSV record, with its line number. */
export const OfficesImportReportSchema = reportOfRows({
  line: z.number().int().positive(),
  id: z.string(),
  action: z.enum(["create", "update", "unchanged", "error"]),
  reasons: z.array(z.string()),
  /** What the row changes, by CSV column: the stored office's cell and the row's (empty: inherited). */
  changes: z.array(z.object({ field: z.string(), from: z.string(), to: z.string() })),
  /** The row's office changed (or was deleted) since the export it came from: apply writes it only when confirmed. */
  stale: z.boolean(),
  exportedVersion: z.number().int().positive().optional(),
  /** The office as stored now. */
  current: z.object({ version: z.number().int().positive(), updatedAt: z.string(), updatedBy: z.string() }).optional(),
});

export const ConfigSummarySchema = z.object({
  id: ConfigIdSchema,
  description: z.string(),
  templateId: ConfigIdSchema.nullable(),
  lookupKeys: z.array(LookupKeySchema),
  variableCount: z.number().int().nonnegative(),
  promptCount: z.number().int().nonnegative(),
  version: z.number().int().positive(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
});

export const ConfigPageSchema = z.object({
  items: z.array(ConfigSummarySchema),
  nextCursor: z.string().nullable(),
  /** With `templateId`: how many of the template's instances the user may see, whatever `q` (what a save of the template reaches). */
  instanceCount: z.number().int().nonnegative().optional(),
});

export const HISTORY_ACTIONS = [
  "create",
  "replace",
  "update-values",
  "delete",
  "restore",
  "schedule-change",
  "remove-scheduled-change",
  "request-change",
  "approve-change",
  "reject-change",
  "quick-action",
] as const;

export const HistoryDetailSchema = z.object({
  requestId: z.string().optional(),
  requestedBy: z.string().optional(),
  approvedBy: z.string().optional(),
  reason: z.string().optional(),
  quickAction: z.string().optional(),
  scheduledChange: z.object({ id: z.string(), from: z.string(), to: z.string().optional() }).optional(),
});

export const ChangeSchema = z.object({
  kind: z.enum(["added", "removed", "changed"]),
  /** `variable`, `prompt`, or `config` for a top-level field (description, languages, lookupKeys…). */
  entry: z.enum(["variable", "prompt", "config"]),
  name: z.string(),
  /** What changed inside the entry: `value`, `type`, `values.en-US.voice`, … */
  field: z.string().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

export const HistoryEntrySchema = z.object({
  version: z.number().int().positive(),
  action: z.enum(HISTORY_ACTIONS),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
  /** Who asked and who approved (two-person rule), the quick action run, the window scheduled or removed. */
  detail: HistoryDetailSchema.optional(),
  changes: z.array(ChangeSchema),
  /** On a `restore`: the version that was made current again. */
  restoredFrom: z.number().int().positive().optional(),
});

/** A page of a config's history, newest first; `nextCursor` asks for the older versions after it (null: none). */
export const HistoryPageSchema = z.object({
  items: z.array(HistoryEntrySchema),
  nextCursor: z.string().nullable(),
});

const StringMapSchema = z.record(z.string(), z.string());

/**
 * A getConfig response: names to strings. Checked as a record but kept as sent, because zod's record drops a
 * `__proto__` key and every valid entry name must survive a parse.
 */
export const ResponseValuesSchema = z
  .unknown()
  .superRefine((value, context) => {
    for (const issue of StringMapSchema.safeParse(value).error?.issues ?? []) context.addIssue({ ...issue });
  })
  .meta({ type: "object", additionalProperties: { type: "string" } }) as unknown as z.ZodType<Record<string, string>>;

export const PreviewSchema = z.object({
  lang: LanguageSchema,
  channel: ChannelSchema,
  values: ResponseValuesSchema,
  bytes: z.number().int().nonnegative(),
  /** Prompts served from another language than the one asked for. */
  fallbacks: z.array(z.object({ prompt: z.string(), requested: LanguageSchema, served: LanguageSchema.nullable() })),
});

export const ErrorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export type VariableType = z.infer<typeof VariableTypeSchema>;
export type Channel = z.infer<typeof ChannelSchema>;
export type ConfigKind = z.infer<typeof ConfigKindSchema>;
export type Variable = z.infer<typeof VariableSchema>;
export type PromptText = z.infer<typeof PromptTextSchema>;
export type Prompt = z.infer<typeof PromptSchema>;
export type FlowConfigBody = z.infer<typeof FlowConfigBodySchema>;
export type VariableOverride = z.infer<typeof VariableOverrideSchema>;
export type PromptOverride = z.infer<typeof PromptOverrideSchema>;
export type InstanceBody = z.infer<typeof InstanceBodySchema>;
export type ConfigInput = z.infer<typeof ConfigInputSchema>;
export type ConfigMetadata = z.infer<typeof ConfigMetadataSchema>;
export type StoredConfig = z.infer<typeof StoredConfigSchema>;
export type EntrySource = z.infer<typeof EntrySourceSchema>;
export type FlowConfig = z.infer<typeof FlowConfigSchema>;
export type ValuePatch = z.infer<typeof ValuePatchSchema>;
export type CloneRequest = z.infer<typeof CloneRequestSchema>;
export type RestoreRequest = z.infer<typeof RestoreRequestSchema>;
export type AddListEntries = z.infer<typeof AddListEntriesSchema>;
export type RemoveListEntries = z.infer<typeof RemoveListEntriesSchema>;
export type ImportReport = z.infer<typeof ImportReportSchema>;
export type OfficesImportReport = z.infer<typeof OfficesImportReportSchema>;
export type ConfigSummary = z.infer<typeof ConfigSummarySchema>;
export type ConfigPage = z.infer<typeof ConfigPageSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type HistoryPage = z.infer<typeof HistoryPageSchema>;
export type Preview = z.infer<typeof PreviewSchema>;
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
export type HistoryDetail = z.infer<typeof HistoryDetailSchema>;
export type ChangeRequestList = z.infer<typeof ChangeRequestListSchema>;
export type EntryValuesPatch = z.infer<typeof EntryValuesPatchSchema>;
export type ScheduledChangeInput = z.infer<typeof ScheduledChangeInputSchema>;
export type ScheduledChange = z.infer<typeof ScheduledChangeSchema>;
export type QuickAction = z.infer<typeof QuickActionSchema>;
export type Approval = z.infer<typeof ApprovalSchema>;
export type ChangeRequest = z.infer<typeof ChangeRequestSchema>;
