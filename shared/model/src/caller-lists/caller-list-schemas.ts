import { z } from "zod";

/** Groups of the Caller Lists module: admins manage lists, editors their entries, read-only users look. */
export const CALLER_LISTS_GROUPS = {
  admin: "CallerListsAdmin",
  editor: "CallerListsEditor",
  readOnly: "CallerListsReadOnly",
} as const;

export const CALLER_LIST_KINDS = ["block", "allow", "vip"] as const;

/** Entries per `POST .../entries` call: one request stays well under API Gateway's limits. */
export const MAX_ENTRIES_PER_CALL = 1000;
/** Numbers per `DELETE .../entries` call. */
export const MAX_NUMBERS_PER_REMOVE = 1000;
export const MAX_REASON_LENGTH = 200;
export const MAX_NOTE_LENGTH = 500;

export const ListIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "must be 1–64 characters of a–z 0–9 -, starting with a letter or digit");
export const CallerListKindSchema = z.enum(CALLER_LIST_KINDS);

export const CallerListSchema = z.object({
  id: ListIdSchema,
  description: z.string().max(500),
  kind: CallerListKindSchema,
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
});

export const CreateCallerListSchema = z.strictObject({
  id: ListIdSchema,
  description: z.string().max(500, "must be at most 500 characters").default(""),
  kind: CallerListKindSchema,
});

/** One entry as a client sends it; `number` in any form `normalizePhoneNumber` reads. */
export const EntryInputSchema = z.strictObject({
  number: z.string(),
  reason: z.string().max(MAX_REASON_LENGTH, `must be at most ${MAX_REASON_LENGTH} characters`).optional(),
  note: z.string().max(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`).optional(),
  /** When the entry leaves the list (ISO 8601 with offset); absent: never. */
  expiresAt: z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time with an offset, e.g. 2027-01-31T00:00:00Z" }).optional(),
});

export const CallerListEntrySchema = z.object({
  number: z.string(),
  reason: z.string().optional(),
  note: z.string().optional(),
  expiresAt: z.iso.datetime().optional(),
  addedBy: z.string(),
  addedAt: z.iso.datetime(),
});

/** `POST /caller-lists/{listId}/entries`: entries are checked one by one, so the array holds unknowns. */
export const AddEntriesBodySchema = z.strictObject({
  entries: z.array(z.unknown()).min(1, "send at least one entry").max(MAX_ENTRIES_PER_CALL, `at most ${MAX_ENTRIES_PER_CALL} entries a call`),
});

export const RemoveEntriesBodySchema = z.strictObject({
  numbers: z.array(z.string()).min(1, "send at least one number").max(MAX_NUMBERS_PER_REMOVE, `at most ${MAX_NUMBERS_PER_REMOVE} numbers a call`),
});

/** What happened to one entry of an add or import: `line` is the CSV line or the array index + 1. */
export const EntryOutcomeSchema = z.object({
  line: z.number().int(),
  number: z.string().optional(),
  status: z.enum(["saved", "valid", "invalid", "duplicate"]),
  message: z.string().optional(),
});

export const EntriesReportSchema = z.object({
  saved: z.number().int(),
  rejected: z.number().int(),
  outcomes: z.array(EntryOutcomeSchema),
});

export const RemoveEntriesReportSchema = z.object({
  removed: z.array(z.string()),
  invalid: z.array(z.object({ number: z.string(), message: z.string() })),
});

export const CallerListPageSchema = z.object({ items: z.array(CallerListSchema) });
export const EntriesPageSchema = z.object({ items: z.array(CallerListEntrySchema), nextCursor: z.string().optional() });

export type CallerListKind = z.infer<typeof CallerListKindSchema>;
export type CallerList = z.infer<typeof CallerListSchema>;
export type CreateCallerList = z.infer<typeof CreateCallerListSchema>;
export type EntryInput = z.infer<typeof EntryInputSchema>;
export type CallerListEntry = z.infer<typeof CallerListEntrySchema>;
export type EntryOutcome = z.infer<typeof EntryOutcomeSchema>;
export type EntriesReport = z.infer<typeof EntriesReportSchema>;
export type RemoveEntriesReport = z.infer<typeof RemoveEntriesReportSchema>;
export type EntriesPage = z.infer<typeof EntriesPageSchema>;

export const ImportReportSchema = z.object({
  dryRun: z.boolean(),
  /** Rows fit to store (dry run) or stored (apply). */
  valid: z.number().int(),
  rejected: z.number().int(),
  /** Only the rejected rows, with their CSV line and why. */
  rejects: z.array(EntryOutcomeSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
