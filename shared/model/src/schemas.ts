import { z } from "zod";
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

const IssueSchema = z.object({ path: z.string(), message: z.string() });

/** POST /flow-configs/import: what importing each config of the document does (dry run) or did (apply). */
export const ImportReportSchema = z.object({
  rows: z.array(
    z.object({
      /** Position in the document's `configs`. */
      index: z.number().int().nonnegative(),
      id: z.string(),
      action: z.enum(["create", "update", "unchanged", "invalid"]),
      issues: z.array(IssueSchema),
    }),
  ),
});

/** POST /flow-configs/{templateId}/instances.csv: one row per CSV record, with its line number. */
export const OfficesImportReportSchema = z.object({
  rows: z.array(
    z.object({
      line: z.number().int().positive(),
      id: z.string(),
      action: z.enum(["create", "update", "unchanged", "error"]),
      reasons: z.array(z.string()),
    }),
  ),
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
  action: z.enum(["create", "replace", "update-values", "delete", "restore"]),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
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
